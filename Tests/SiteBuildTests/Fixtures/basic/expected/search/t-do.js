demarcSearch.shard("do",{"down":"11"});

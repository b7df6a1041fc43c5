demarcSearch.shard("ba",{"back":"11"});

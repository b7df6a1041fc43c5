demarcSearch.shard("qu",{"quoted":"11"});

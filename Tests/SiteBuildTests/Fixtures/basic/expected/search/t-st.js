demarcSearch.shard("st",{"strong":"11"});

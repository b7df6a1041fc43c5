demarcSearch.shard("wi",{"with":"11"});

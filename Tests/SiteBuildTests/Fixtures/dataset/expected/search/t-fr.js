demarcSearch.shard("fr",{"from":"g1"});

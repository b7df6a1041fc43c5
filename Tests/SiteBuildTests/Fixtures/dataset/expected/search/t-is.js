demarcSearch.shard("is",{"is":"e1"});

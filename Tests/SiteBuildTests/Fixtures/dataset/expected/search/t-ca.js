demarcSearch.shard("ca",{"case":"e1"});

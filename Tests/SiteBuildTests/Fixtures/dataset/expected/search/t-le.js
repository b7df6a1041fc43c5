demarcSearch.shard("le",{"leave":"e1"});

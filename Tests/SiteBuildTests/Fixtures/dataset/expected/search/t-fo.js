demarcSearch.shard("fo",{"for":"g1"});

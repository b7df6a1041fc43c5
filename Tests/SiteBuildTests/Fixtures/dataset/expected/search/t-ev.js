demarcSearch.shard("ev",{"every":"g3,81"});

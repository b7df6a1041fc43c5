demarcSearch.shard("ev",{"every":"f1,23,81"});

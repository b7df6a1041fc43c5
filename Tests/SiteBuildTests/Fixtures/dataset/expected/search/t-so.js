demarcSearch.shard("so",{"source":"l8,18","sources":"e1,9c"});

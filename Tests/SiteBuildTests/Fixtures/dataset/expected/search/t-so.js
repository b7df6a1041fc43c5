demarcSearch.shard("so",{"source":"m8,18","sources":"e1,ac"});

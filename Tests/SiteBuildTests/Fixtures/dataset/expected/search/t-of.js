demarcSearch.shard("of",{"of":"mc"});

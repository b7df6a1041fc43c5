demarcSearch.shard("of",{"of":"nc"});

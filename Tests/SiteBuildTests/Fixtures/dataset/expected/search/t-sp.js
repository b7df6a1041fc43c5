demarcSearch.shard("sp",{"specific":"58"});

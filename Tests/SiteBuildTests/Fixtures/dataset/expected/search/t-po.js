demarcSearch.shard("po",{"post":"lc"});

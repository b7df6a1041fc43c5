demarcSearch.shard("po",{"post":"mc"});

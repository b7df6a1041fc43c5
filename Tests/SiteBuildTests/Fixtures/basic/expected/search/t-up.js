demarcSearch.shard("up",{"up":"14"});

demarcSearch.shard("se",{"second":"11,1c","see":"21,11","set":"14","setup":"31"});

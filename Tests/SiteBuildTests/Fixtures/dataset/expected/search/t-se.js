demarcSearch.shard("se",{"service":"h1,11,18,28","services":"ic,2c"});

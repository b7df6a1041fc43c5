demarcSearch.shard("se",{"service":"g1,11,18,28","services":"hc,2c"});

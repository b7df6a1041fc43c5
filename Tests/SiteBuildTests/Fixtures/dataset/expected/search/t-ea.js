demarcSearch.shard("ea",{"each":"e1,31"});

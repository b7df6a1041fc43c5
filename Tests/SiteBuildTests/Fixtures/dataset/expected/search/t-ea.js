demarcSearch.shard("ea",{"each":"e1,41"});

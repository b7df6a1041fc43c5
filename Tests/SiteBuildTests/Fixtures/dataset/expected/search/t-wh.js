demarcSearch.shard("wh",{"where":"e1","which":"7c"});

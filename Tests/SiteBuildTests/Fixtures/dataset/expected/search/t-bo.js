demarcSearch.shard("bo",{"book":"91,ek"});

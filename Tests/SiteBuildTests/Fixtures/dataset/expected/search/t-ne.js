demarcSearch.shard("ne",{"network":"91,2l"});

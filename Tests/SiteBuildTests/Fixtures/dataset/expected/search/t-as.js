demarcSearch.shard("as",{"as":"91,62"});

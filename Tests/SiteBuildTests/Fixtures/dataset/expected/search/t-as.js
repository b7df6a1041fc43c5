demarcSearch.shard("as",{"as":"91"});

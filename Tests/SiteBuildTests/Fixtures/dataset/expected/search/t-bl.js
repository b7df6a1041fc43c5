demarcSearch.shard("bl",{"blog":"lk"});

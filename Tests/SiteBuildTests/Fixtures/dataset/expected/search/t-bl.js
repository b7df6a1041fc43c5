demarcSearch.shard("bl",{"blog":"mk"});

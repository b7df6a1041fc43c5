demarcSearch.shard("in",{"introduction":"1c,11"});

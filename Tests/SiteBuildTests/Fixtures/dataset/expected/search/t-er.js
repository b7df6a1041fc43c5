demarcSearch.shard("er",{"err":"e1"});

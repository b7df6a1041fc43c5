demarcSearch.shard("ge",{"gets":"11"});

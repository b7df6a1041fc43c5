demarcSearch.shard("on",{"on":"2l","once":"o1"});

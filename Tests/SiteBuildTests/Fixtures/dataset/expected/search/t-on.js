demarcSearch.shard("on",{"on":"2l","once":"p1"});

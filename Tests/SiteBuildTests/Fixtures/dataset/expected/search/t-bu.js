demarcSearch.shard("bu",{"bucket":"78,b8","buckets":"7c,21,9d,21"});

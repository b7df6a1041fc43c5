demarcSearch.shard("bu",{"bucket":"78,c8","buckets":"7c,21,ad,21","build":"f1"});

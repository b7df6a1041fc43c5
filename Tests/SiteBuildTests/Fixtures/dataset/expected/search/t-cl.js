demarcSearch.shard("cl",{"class":"08,28,18,4k,a1,11","classes":"1c","clouds":"nc"});

demarcSearch.shard("cl",{"class":"08,28,18,4k,91,11","classes":"1c","clouds":"mc"});

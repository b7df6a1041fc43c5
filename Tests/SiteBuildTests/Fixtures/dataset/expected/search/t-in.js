demarcSearch.shard("in",{"in":"5d","infrastructure":"0l,l8"});

demarcSearch.shard("ef",{"effective":"i1"});

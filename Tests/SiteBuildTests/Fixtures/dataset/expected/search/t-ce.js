demarcSearch.shard("ce",{"cells":"i1"});

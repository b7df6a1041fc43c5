demarcSearch.shard("ow",{"own":"i1"});

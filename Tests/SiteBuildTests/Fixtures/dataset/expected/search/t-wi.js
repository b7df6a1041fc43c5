demarcSearch.shard("wi",{"with":"i1,31"});

demarcSearch.shard("ov",{"overrides":"i1"});

demarcSearch.shard("ov",{"overrides":"h1"});

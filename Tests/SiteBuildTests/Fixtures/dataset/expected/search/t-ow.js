demarcSearch.shard("ow",{"own":"h1"});

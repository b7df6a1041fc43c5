demarcSearch.shard("ce",{"cells":"h1"});

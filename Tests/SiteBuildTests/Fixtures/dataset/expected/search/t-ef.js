demarcSearch.shard("ef",{"effective":"h1"});

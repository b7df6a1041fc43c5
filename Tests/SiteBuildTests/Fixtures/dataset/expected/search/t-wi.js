demarcSearch.shard("wi",{"with":"h1,31"});

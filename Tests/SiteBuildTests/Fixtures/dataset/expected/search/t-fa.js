demarcSearch.shard("fa",{"factor":"5d"});

demarcSearch.shard("mu",{"multi":"5d"});

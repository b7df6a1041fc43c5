demarcSearch.shard("ga",{"gap":"e1"});

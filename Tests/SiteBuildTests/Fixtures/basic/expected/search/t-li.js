demarcSearch.shard("li",{"link":"31"});

demarcSearch.shard("pa",{"page":"31"});

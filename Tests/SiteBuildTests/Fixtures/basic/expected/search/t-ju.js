demarcSearch.shard("ju",{"jump":"31"});

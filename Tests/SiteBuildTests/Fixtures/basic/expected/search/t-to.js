demarcSearch.shard("to",{"to":"31"});

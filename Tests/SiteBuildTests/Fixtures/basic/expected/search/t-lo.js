demarcSearch.shard("lo",{"logo":"31"});

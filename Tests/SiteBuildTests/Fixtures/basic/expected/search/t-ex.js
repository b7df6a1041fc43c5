demarcSearch.shard("ex",{"external":"31"});

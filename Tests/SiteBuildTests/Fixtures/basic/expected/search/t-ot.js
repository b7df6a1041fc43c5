demarcSearch.shard("ot",{"other":"31"});

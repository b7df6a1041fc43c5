demarcSearch.shard("or",{"or":"e1"});

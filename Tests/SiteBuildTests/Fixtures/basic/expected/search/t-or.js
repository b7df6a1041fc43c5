demarcSearch.shard("or",{"or":"11,21"});

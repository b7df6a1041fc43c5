demarcSearch.shard("un",{"unsafe":"31"});

demarcSearch.shard("em",{"emphasis":"11"});

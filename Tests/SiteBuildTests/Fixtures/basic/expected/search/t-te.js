demarcSearch.shard("te",{"text":"11"});

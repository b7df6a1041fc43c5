demarcSearch.shard("id",{"id":"11"});

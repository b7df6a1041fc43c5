demarcSearch.shard("di",{"distinct":"11"});

demarcSearch.shard("fi",{"first":"11"});

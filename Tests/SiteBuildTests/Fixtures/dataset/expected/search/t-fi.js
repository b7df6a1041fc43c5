demarcSearch.shard("fi",{"files":"f1"});

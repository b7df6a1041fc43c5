demarcSearch.shard("ho",{"home":"11,21"});

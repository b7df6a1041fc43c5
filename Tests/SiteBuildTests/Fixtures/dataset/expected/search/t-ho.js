demarcSearch.shard("ho",{"home":"9c","how":"e1"});

demarcSearch.shard("fo",{"for":"f1,21"});

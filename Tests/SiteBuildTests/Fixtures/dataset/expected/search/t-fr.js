demarcSearch.shard("fr",{"from":"f1,21"});

demarcSearch.shard("da",{"data":"f2","dataset":"f1,21"});

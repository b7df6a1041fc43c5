demarcSearch.shard("ha",{"handled":"e1"});

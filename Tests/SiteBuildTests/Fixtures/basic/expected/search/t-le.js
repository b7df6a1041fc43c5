demarcSearch.shard("le",{"let":"11"});

demarcSearch.shard("co",{"code":"11"});

demarcSearch.shard("pa",{"patching":"6l,31"});

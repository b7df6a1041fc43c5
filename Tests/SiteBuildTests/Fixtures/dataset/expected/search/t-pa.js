demarcSearch.shard("pa",{"pages":"f1","patching":"6l,31"});

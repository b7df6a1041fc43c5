demarcSearch.shard("vm",{"vm":"l8","vms":"91"});

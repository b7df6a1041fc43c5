demarcSearch.shard("vm",{"vm":"k8","vms":"91"});

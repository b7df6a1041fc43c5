demarcSearch.shard("ke",{"key":"rc","keys":"r8"});

demarcSearch.shard("to",{"to":"7c","tool":"r8","tools":"f1,bc"});

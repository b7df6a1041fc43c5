demarcSearch.shard("si",{"sign":"5d","site":"f1"});

demarcSearch.shard("si",{"sign":"5d"});

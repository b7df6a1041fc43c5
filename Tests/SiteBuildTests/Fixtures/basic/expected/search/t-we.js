demarcSearch.shard("we",{"welcome":"3c"});

demarcSearch.shard("us",{"users":"dl,81"});

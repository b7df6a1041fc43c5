demarcSearch.shard("us",{"users":"dl,71"});

demarcSearch.shard("it",{"its":"h2"});

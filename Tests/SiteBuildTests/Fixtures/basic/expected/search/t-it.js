demarcSearch.shard("it",{"its":"31"});

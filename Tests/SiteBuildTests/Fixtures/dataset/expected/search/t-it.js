demarcSearch.shard("it",{"its":"i2"});

demarcSearch.shard("he",{"heading":"11"});

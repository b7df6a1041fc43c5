demarcSearch.shard("sa",{"same":"11"});

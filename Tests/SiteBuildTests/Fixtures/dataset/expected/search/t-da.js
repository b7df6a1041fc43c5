demarcSearch.shard("da",{"dataset":"g1"});

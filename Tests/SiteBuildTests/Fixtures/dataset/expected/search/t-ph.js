demarcSearch.shard("ph",{"physical":"cl"});

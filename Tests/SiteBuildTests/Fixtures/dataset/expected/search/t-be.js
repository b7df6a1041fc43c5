demarcSearch.shard("be",{"belong":"7c"});

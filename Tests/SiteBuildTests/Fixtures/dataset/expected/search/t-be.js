demarcSearch.shard("be",{"behind":"f1","belong":"7c"});

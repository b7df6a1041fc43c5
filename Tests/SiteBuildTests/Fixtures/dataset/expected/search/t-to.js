demarcSearch.shard("to",{"to":"7c","tool":"q8","tools":"pc"});

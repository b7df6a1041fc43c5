demarcSearch.shard("on",{"one":"11,21"});

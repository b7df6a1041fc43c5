demarcSearch.shard("ab",{"about":"01,21,11,21,11,51,11,11,61,21","abstract":"3l,61,a8"});

demarcSearch.shard("pr",{"premises":"2l","prose":"01,21,11,21,11,51,11,11,61,21"});

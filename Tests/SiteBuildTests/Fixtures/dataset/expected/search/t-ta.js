demarcSearch.shard("ta",{"tables":"pc"});

demarcSearch.shard("re",{"read":"31"});

demarcSearch.shard("vi",{"virtual":"ld"});

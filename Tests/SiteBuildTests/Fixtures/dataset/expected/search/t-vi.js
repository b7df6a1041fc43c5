demarcSearch.shard("vi",{"virtual":"kd"});

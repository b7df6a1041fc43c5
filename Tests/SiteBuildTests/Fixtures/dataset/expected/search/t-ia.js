demarcSearch.shard("ia",{"iaas":"08,l8"});

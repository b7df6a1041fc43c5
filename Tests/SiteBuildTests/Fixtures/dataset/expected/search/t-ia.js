demarcSearch.shard("ia",{"iaas":"08,k8"});

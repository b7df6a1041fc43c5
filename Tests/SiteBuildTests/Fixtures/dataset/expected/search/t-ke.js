demarcSearch.shard("ke",{"key":"qc","keys":"q8"});

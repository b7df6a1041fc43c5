demarcSearch.shard("cu",{"customer":"58"});

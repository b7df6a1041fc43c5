demarcSearch.shard("qu",{"quotes":"91"});

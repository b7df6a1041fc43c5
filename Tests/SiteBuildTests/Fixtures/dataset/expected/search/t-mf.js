demarcSearch.shard("mf",{"mfa":"58"});

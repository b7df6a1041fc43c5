demarcSearch.shard("no",{"not":"91"});

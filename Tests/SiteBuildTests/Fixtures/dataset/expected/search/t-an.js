demarcSearch.shard("an",{"and":"91,51,11,21,41"});

demarcSearch.shard("an",{"and":"91,51,21,41"});

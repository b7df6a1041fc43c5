demarcSearch.shard("la",{"layer":"91,28,18,18,31,41","layers":"ac"});

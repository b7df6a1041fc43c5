demarcSearch.shard("la",{"layer":"91,28,18,18,41,41","layers":"ac"});

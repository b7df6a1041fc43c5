demarcSearch.shard("an",{"an":"32","and":"11,21"});

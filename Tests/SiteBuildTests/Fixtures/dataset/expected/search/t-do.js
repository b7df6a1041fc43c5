demarcSearch.shard("do",{"downloads":"fc"});

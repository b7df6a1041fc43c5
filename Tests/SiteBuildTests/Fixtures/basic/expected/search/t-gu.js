demarcSearch.shard("gu",{"guide":"0c,2c,12"});

demarcSearch.shard("th",{"the":"92,51,21,41,2c"});

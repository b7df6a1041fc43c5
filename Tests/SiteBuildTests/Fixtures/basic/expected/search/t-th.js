demarcSearch.shard("th",{"the":"21,13"});

demarcSearch.shard("th",{"the":"92,51,13,21,41,2c","these":"f1","this":"f1"});

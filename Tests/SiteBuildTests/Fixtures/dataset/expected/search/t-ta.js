demarcSearch.shard("ta",{"tables":"oc"});

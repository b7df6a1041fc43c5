demarcSearch.shard("sa",{"saas":"38,f8","says":"91"});

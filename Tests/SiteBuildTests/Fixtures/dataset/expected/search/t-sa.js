demarcSearch.shard("sa",{"saas":"38,g8","same":"f1","says":"91"});

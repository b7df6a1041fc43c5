demarcSearch.shard("di",{"directive":"o1","disagree":"e1","dispute":"78,7c","disputes":"8c"});

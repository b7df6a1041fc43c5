demarcSearch.shard("di",{"directive":"p1","disagree":"e1","dispute":"78,7c","disputes":"8c"});

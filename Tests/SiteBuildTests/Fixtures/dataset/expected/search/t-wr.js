demarcSearch.shard("wr",{"writes":"f1"});

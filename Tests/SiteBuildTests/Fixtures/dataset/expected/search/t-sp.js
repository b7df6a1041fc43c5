demarcSearch.shard("sp",{"specific":"58","spreadsheets":"f1"});

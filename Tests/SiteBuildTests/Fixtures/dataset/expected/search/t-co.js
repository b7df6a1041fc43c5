demarcSearch.shard("co",{"compare":"l1","compared":"ic","compliance":"f1","control":"58,18,b1","controls":"4c"});

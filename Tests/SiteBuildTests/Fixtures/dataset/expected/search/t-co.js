demarcSearch.shard("co",{"compare":"k1","compared":"hc","control":"58,18,a1","controls":"4c"});

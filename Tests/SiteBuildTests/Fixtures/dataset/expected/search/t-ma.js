demarcSearch.shard("ma",{"machines":"ld","manager":"rc","matrix":"hc","matter":"91"});

demarcSearch.shard("ma",{"machines":"kd","manager":"qc","matrix":"gc","matter":"91"});

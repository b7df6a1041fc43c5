demarcSearch.shard("re",{"reference":"gc","register":"ec","responsibilities":"i1","responsibility":"hc","reviews":"f1"});

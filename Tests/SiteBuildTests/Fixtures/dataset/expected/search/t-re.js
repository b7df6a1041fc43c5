demarcSearch.shard("re",{"reference":"fc","register":"ec","responsibilities":"h1","responsibility":"gc"});

demarcSearch.shard("tw",{"twice":"11","two":"11"});

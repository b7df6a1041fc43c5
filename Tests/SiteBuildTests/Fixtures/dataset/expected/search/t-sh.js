demarcSearch.shard("sh",{"shared":"68"});

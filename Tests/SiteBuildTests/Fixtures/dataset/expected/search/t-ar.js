demarcSearch.shard("ar",{"are":"92"});

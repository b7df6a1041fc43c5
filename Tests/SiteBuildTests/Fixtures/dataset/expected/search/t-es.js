demarcSearch.shard("es",{"escaping":"91"});

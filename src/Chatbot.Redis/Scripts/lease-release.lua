-- Releases a lease only for its owner. KEYS[1] lease. ARGV[1] owner. Returns 1 when released.
if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
return 0

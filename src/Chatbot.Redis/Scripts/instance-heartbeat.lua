-- An instance says it is alive and learns who else is. Times come from the server's clock (TIME), so the instances'
-- clocks never have to agree.
-- KEYS[1] live-instance sorted set (member = instance id, score = unix ms until which it counts as alive).
-- ARGV[1] instance id, ARGV[2] ttl ms. Returns the ids of the live instances (itself included).
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local ttl = tonumber(ARGV[2])
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now)
redis.call('ZADD', KEYS[1], now + ttl, ARGV[1])
-- The set disappears when every instance is gone; never shorten the life another instance gave it.
if redis.call('PTTL', KEYS[1]) < ttl then redis.call('PEXPIRE', KEYS[1], ttl) end
return redis.call('ZRANGE', KEYS[1], 0, -1)

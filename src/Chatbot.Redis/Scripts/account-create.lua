-- Creates an operator account unless one of that name exists. KEYS[1] account hash, KEYS[2] account index (zset).
-- ARGV[1] user name, ARGV[2] created at (unix ms), ARGV[3..] the hash's field/value pairs. Returns 1 when created.
if redis.call('EXISTS', KEYS[1]) == 1 then return 0 end
redis.call('HSET', KEYS[1], unpack(ARGV, 3))
redis.call('ZADD', KEYS[2], ARGV[2], ARGV[1])
return 1

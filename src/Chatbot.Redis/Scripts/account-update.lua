-- Changes fields of an existing account (never creates one). KEYS[1] account hash.
-- ARGV[1] n, then n field/value pairs to set, then the fields to delete. Returns 1 when the account exists, else 0.
if redis.call('EXISTS', KEYS[1]) == 0 then return 0 end
local n = tonumber(ARGV[1])
if n > 0 then redis.call('HSET', KEYS[1], unpack(ARGV, 2, 1 + 2 * n)) end
if #ARGV > 1 + 2 * n then redis.call('HDEL', KEYS[1], unpack(ARGV, 2 + 2 * n)) end
return 1

-- Takes a free lease or renews one's own. KEYS[1] lease. ARGV[1] owner, ARGV[2] ttl ms. Returns 1 when held.
local current = redis.call('GET', KEYS[1])
if current == ARGV[1] then
  redis.call('PEXPIRE', KEYS[1], ARGV[2])
  return 1
end
if current then return 0 end
redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[2])
return 1

-- The webhook's one round trip: drop a repeated message id, append to the partition's inbox, record the time.
-- KEYS[1] seen marker, KEYS[2] inbox stream, KEYS[3] last-inbound time.
-- ARGV[1] marker ttl ms, ARGV[2] message json, ARGV[3] received unix ms, ARGV[4] conversation ttl ms.
-- Returns 1 when accepted, 0 for a repeat (nothing stored).
if not redis.call('SET', KEYS[1], '1', 'NX', 'PX', ARGV[1]) then return 0 end
redis.call('XADD', KEYS[2], '*', 'm', ARGV[2])
local last = tonumber(redis.call('GET', KEYS[3]) or '0')
if tonumber(ARGV[3]) > last then
  redis.call('SET', KEYS[3], ARGV[3], 'PX', ARGV[4])
else
  redis.call('PEXPIRE', KEYS[3], ARGV[4])
end
return 1

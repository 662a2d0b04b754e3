-- A turn's commit, all or nothing: state (if its etag still matches), replies, transcript, processed marker, inbox ack.
-- KEYS[1] state hash, KEYS[2] transcript list, KEYS[3] outbox stream, KEYS[4] processed marker, KEYS[5] inbox stream.
-- ARGV[1] expected etag ('' = the state must not exist yet, '*' = any), ARGV[2] new etag, ARGV[3] state json,
-- ARGV[4] state/transcript ttl ms, ARGV[5] marker ttl ms ('' = no marker), ARGV[6] transcript max entries,
-- ARGV[7] inbox group, ARGV[8] inbox entry id to ack ('' = none), ARGV[9] number of outgoing messages,
-- ARGV[10..] outgoing message json, then transcript entry json.
-- Returns 1 when committed, 0 on a stale etag (nothing written).
local current = redis.call('HGET', KEYS[1], 'etag')
local expected = ARGV[1]
if expected == '' then
  if current then return 0 end
elseif expected ~= '*' and current ~= expected then
  return 0
end

redis.call('HSET', KEYS[1], 'etag', ARGV[2], 'json', ARGV[3])
redis.call('PEXPIRE', KEYS[1], ARGV[4])

local i = 10
for _ = 1, tonumber(ARGV[9]) do
  redis.call('XADD', KEYS[3], '*', 'm', ARGV[i])
  i = i + 1
end

if i <= #ARGV then
  redis.call('RPUSH', KEYS[2], unpack(ARGV, i, #ARGV))
  redis.call('LTRIM', KEYS[2], -tonumber(ARGV[6]), -1)
end
redis.call('PEXPIRE', KEYS[2], ARGV[4])

if ARGV[5] ~= '' then redis.call('SET', KEYS[4], '1', 'PX', ARGV[5]) end

if ARGV[8] ~= '' then
  redis.call('XACK', KEYS[5], ARGV[7], ARGV[8])
  redis.call('XDEL', KEYS[5], ARGV[8])
end
return 1

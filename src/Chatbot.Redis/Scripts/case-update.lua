-- Saves a changed case: keeps its queue membership and the open-by-nik index in step with its status.
-- KEYS[1] case hash, KEYS[2] open-by-nik index, KEYS[3] its (new) queue.
-- ARGV[1] queue key prefix, ARGV[2] code, ARGV[3] json, ARGV[4] open '1'/'0', ARGV[5] queue name,
-- ARGV[6] waiting '1'/'0', ARGV[7] queue score, ARGV[8] status name.
-- Returns 1, or 0 when the case does not exist.
local old = redis.call('HGET', KEYS[1], 'queue')
if not old then return 0 end
if old ~= ARGV[5] then redis.call('ZREM', ARGV[1] .. old, ARGV[2]) end
redis.call('HSET', KEYS[1], 'json', ARGV[3], 'open', ARGV[4], 'queue', ARGV[5], 'status', ARGV[8])
if ARGV[6] == '1' then
  redis.call('ZADD', KEYS[3], ARGV[7], ARGV[2])
else
  redis.call('ZREM', KEYS[3], ARGV[2])
end
if ARGV[4] == '1' then
  redis.call('SET', KEYS[2], ARGV[2])
elseif redis.call('GET', KEYS[2]) == ARGV[2] then
  redis.call('DEL', KEYS[2])
end
return 1

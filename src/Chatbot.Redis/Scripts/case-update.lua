-- Saves a changed case: keeps its queue membership and the open-by-nik index in step with its status.
-- The case may be moving from another queue; the caller names the queue it believes the case is in now and is told
-- the right one when wrong (then calls again), so that every key is declared.
-- KEYS[1] case hash, KEYS[2] open-by-nik index, KEYS[3] its (new) queue, KEYS[4] the queue it is believed to be in.
-- ARGV[1] that believed queue's name, ARGV[2] code, ARGV[3] json, ARGV[4] open '1'/'0', ARGV[5] new queue name,
-- ARGV[6] waiting '1'/'0', ARGV[7] queue score, ARGV[8] status name,
-- ARGV[9] (optional) the status the case must still have ('' or absent = any).
-- Returns {'ok'}, {'missing'} when the case does not exist, {'conflict', current status} when its status is not the
-- expected one, or {'retry', current queue name} (nothing written in the last three).
local old = redis.call('HGET', KEYS[1], 'queue')
if not old then return {'missing'} end
if ARGV[9] and ARGV[9] ~= '' then
  local status = redis.call('HGET', KEYS[1], 'status')
  if status ~= ARGV[9] then return {'conflict', status or ''} end
end
if old ~= ARGV[1] then return {'retry', old} end
if old ~= ARGV[5] then redis.call('ZREM', KEYS[4], ARGV[2]) end
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
return {'ok'}

-- One open case per NIK and service, atomically (all keys share the service's hash tag, all are in KEYS).
-- The open case of the NIK, if any, is only known inside the script, yet its keys must be declared: the caller names
-- the case it expects (first none) and is told to call again, naming it, when the index says otherwise.
-- KEYS[1] open-by-nik index, KEYS[2] the draft's case hash, KEYS[3] the draft's queue,
-- KEYS[4] the expected open case's hash, KEYS[5] that case's queue (KEYS[2] and KEYS[3] when none is expected).
-- ARGV[1] expected open case code ('' = none), ARGV[2] its queue name, ARGV[3] code, ARGV[4] case json,
-- ARGV[5] queue score, ARGV[6] queue name, ARGV[7] status name, ARGV[8] '1' when the draft waits in the queue.
-- Returns {'joined' or 'opened', case json, position (0 = not waiting), queue length},
-- or {'retry', open case code, its queue name or nil} when the expectation was wrong (nothing written).
local existing = redis.call('GET', KEYS[1])
if existing then
  if existing ~= ARGV[1] then return {'retry', existing} end
  local case = redis.call('HMGET', KEYS[4], 'json', 'open', 'queue')
  if case[1] and case[2] == '1' then
    if case[3] ~= ARGV[2] then return {'retry', existing, case[3]} end
    local rank = redis.call('ZRANK', KEYS[5], existing)
    return {'joined', case[1], rank and rank + 1 or 0, redis.call('ZCARD', KEYS[5])}
  end
end

redis.call('HSET', KEYS[2], 'json', ARGV[4], 'open', '1', 'queue', ARGV[6], 'status', ARGV[7])
redis.call('SET', KEYS[1], ARGV[3])
local position = 0
if ARGV[8] == '1' then
  redis.call('ZADD', KEYS[3], ARGV[5], ARGV[3])
  position = redis.call('ZRANK', KEYS[3], ARGV[3]) + 1
end
return {'opened', ARGV[4], position, redis.call('ZCARD', KEYS[3])}

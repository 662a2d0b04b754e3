-- One open case per NIK and service, atomically (all keys share the service's hash tag).
-- KEYS[1] open-by-nik index, KEYS[2] the draft's case hash, KEYS[3] the draft's queue.
-- ARGV[1] case key prefix, ARGV[2] queue key prefix, ARGV[3] code, ARGV[4] case json, ARGV[5] queue score,
-- ARGV[6] queue name, ARGV[7] status name, ARGV[8] '1' when the draft waits in the queue.
-- Returns {joined 0/1, case json, position (0 = not waiting), queue length}.
local existing = redis.call('GET', KEYS[1])
if existing then
  local case = redis.call('HMGET', ARGV[1] .. existing, 'json', 'open', 'queue')
  if case[1] and case[2] == '1' then
    local queue = ARGV[2] .. case[3]
    local rank = redis.call('ZRANK', queue, existing)
    return {1, case[1], rank and rank + 1 or 0, redis.call('ZCARD', queue)}
  end
end

redis.call('HSET', KEYS[2], 'json', ARGV[4], 'open', '1', 'queue', ARGV[6], 'status', ARGV[7])
redis.call('SET', KEYS[1], ARGV[3])
local position = 0
if ARGV[8] == '1' then
  redis.call('ZADD', KEYS[3], ARGV[5], ARGV[3])
  position = redis.call('ZRANK', KEYS[3], ARGV[3]) + 1
end
return {0, ARGV[4], position, redis.call('ZCARD', KEYS[3])}

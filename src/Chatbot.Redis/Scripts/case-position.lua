-- Place of a case in its queue. The caller names the queue it believes the case is in and is told the right one
-- when wrong (then calls again), so that every key is declared.
-- KEYS[1] case hash, KEYS[2] the believed queue. ARGV[1] that queue's name, ARGV[2] code.
-- Returns {'ok', 1-based place or 0 when the case does not wait (or does not exist)} or {'retry', its queue name}.
local queue = redis.call('HGET', KEYS[1], 'queue')
if not queue then return {'ok', 0} end
if queue ~= ARGV[1] then return {'retry', queue} end
local rank = redis.call('ZRANK', KEYS[2], ARGV[2])
if not rank then return {'ok', 0} end
return {'ok', rank + 1}

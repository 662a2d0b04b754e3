-- Place of a case in its queue. KEYS[1] case hash. ARGV[1] queue key prefix, ARGV[2] code.
-- Returns the 1-based place, or nil when the case does not wait.
local queue = redis.call('HGET', KEYS[1], 'queue')
if not queue then return false end
local rank = redis.call('ZRANK', ARGV[1] .. queue, ARGV[2])
if not rank then return false end
return rank + 1

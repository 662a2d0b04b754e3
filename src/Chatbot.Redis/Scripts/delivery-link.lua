-- Links the provider's id to ours and hands back a status report that arrived before the link (then forgets it).
-- KEYS[1] provider-id index, KEYS[2] early status hash. ARGV[1] our message id, ARGV[2] ttl ms.
-- Returns {status, updated, errorCode, errorMessage} of the early report (all nil when none).
redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[2])
local early = redis.call('HMGET', KEYS[2], 'status', 'updated', 'errorCode', 'errorMessage')
redis.call('DEL', KEYS[2])
return early

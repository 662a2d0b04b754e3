-- Links the provider's id to ours and hands back a status report that arrived before the link. The report is not
-- deleted here: the caller forgets it (DEL) only after merging it into our record, which lives in another slot, so a
-- crash in between loses nothing (running the whole sequence again is harmless).
-- KEYS[1] provider-id index, KEYS[2] early status hash. ARGV[1] our message id, ARGV[2] ttl ms.
-- Returns {status, updated, errorCode, errorMessage} of the early report (all nil when none).
redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[2])
return redis.call('HMGET', KEYS[2], 'status', 'updated', 'errorCode', 'errorMessage')

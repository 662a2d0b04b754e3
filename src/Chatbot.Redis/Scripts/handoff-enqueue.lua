-- Adds a conversation to the operator queue unless it already waits (keeps its place). Returns its 1-based place.
-- KEYS[1] queue. ARGV[1] score (unix ms), ARGV[2] conversation id.
redis.call('ZADD', KEYS[1], 'NX', ARGV[1], ARGV[2])
return redis.call('ZRANK', KEYS[1], ARGV[2]) + 1

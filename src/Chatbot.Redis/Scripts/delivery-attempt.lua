-- Counts one more attempt to hand an outbound message to the provider, before the call, unless its outcome is
-- already recorded. The provider has no idempotency key: an attempt without an outcome tells the next sender to ask
-- the provider first. The first attempt's time stays (HSETNX): it bounds the provider's list to search.
-- KEYS[1] record hash. ARGV[1] time (ISO 8601), ARGV[2] ttl ms, ARGV[3] conversation id, ARGV[4] our message id.
-- Returns {status or false, attempts before this one, first attempt time or false}; nothing is counted when settled.
local key = KEYS[1]
local state = redis.call('HMGET', key, 'status', 'attempts', 'attempt:first')
if state[1] then return {state[1], tonumber(state[2] or '0'), state[3] or false} end
redis.call('HINCRBY', key, 'attempts', 1)
redis.call('HSETNX', key, 'attempt:first', ARGV[1])
redis.call('HSET', key, 'attempt:last', ARGV[1], 'conversation', ARGV[3], 'id', ARGV[4])
redis.call('PEXPIRE', key, ARGV[2])
return {false, tonumber(state[2] or '0'), state[3] or false}

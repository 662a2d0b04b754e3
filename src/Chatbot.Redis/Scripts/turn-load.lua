-- Everything a turn needs, in one round trip.
-- KEYS[1] state hash, KEYS[2] last-inbound time, KEYS[3] processed marker of the message (or the state key when none).
-- ARGV[1] '1' when KEYS[3] is a real marker.
-- Returns {etag, json, lastInboundMs, processed 0/1}.
local state = redis.call('HMGET', KEYS[1], 'etag', 'json')
local last = redis.call('GET', KEYS[2])
local processed = 0
if ARGV[1] == '1' then processed = redis.call('EXISTS', KEYS[3]) end
return {state[1], state[2], last, processed}

-- One permit of the send rate shared by all instances: a sliding window log. Permits are granted at the server's
-- time (TIME), so any window of ARGV[2] microseconds holds at most ARGV[1] of them, whoever asked.
-- KEYS[1] sorted set of the permits still inside the window (member = unique id, score = grant time in µs).
-- ARGV[1] permits per window, ARGV[2] window µs, ARGV[3] unique member for this permit.
-- Returns 0 when granted, else the µs until the oldest permit leaves the window (nothing taken).
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000000 + tonumber(t[2])
local window = tonumber(ARGV[2])
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now - window)
if redis.call('ZCARD', KEYS[1]) < tonumber(ARGV[1]) then
  redis.call('ZADD', KEYS[1], now, ARGV[3])
  redis.call('PEXPIRE', KEYS[1], math.ceil(window / 1000) + 1000)
  return 0
end
local oldest = redis.call('ZRANGE', KEYS[1], 0, 0, 'WITHSCORES')
local wait = tonumber(oldest[2]) + window - now
if wait < 1 then wait = 1 end
return wait

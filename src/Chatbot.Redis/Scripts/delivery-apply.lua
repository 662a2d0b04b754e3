-- Applies a delivery status with precedence: a status replaces a lower one (sent < delivered < read); failures
-- (rank >= 100) always replace; a late lower status is kept only in the history (field 'at:<status>').
-- KEYS[1] record hash. ARGV[1] status, ARGV[2] rank, ARGV[3] time (ISO 8601), ARGV[4] error code, ARGV[5] error
-- message, ARGV[6] ttl ms, ARGV[7] provider id, ARGV[8] conversation id, ARGV[9] our message id ('' = leave as is).
-- Returns 1 when the status became the current one.
local key = KEYS[1]
redis.call('HSET', key, 'at:' .. ARGV[1], ARGV[3])
if ARGV[7] ~= '' then redis.call('HSET', key, 'provider', ARGV[7]) end
if ARGV[8] ~= '' then redis.call('HSET', key, 'conversation', ARGV[8]) end
if ARGV[9] ~= '' then redis.call('HSET', key, 'id', ARGV[9]) end

local current = tonumber(redis.call('HGET', key, 'rank') or '-1')
local rank = tonumber(ARGV[2])
local applied = 0
if rank >= 100 or (current < 100 and rank > current) then
  redis.call('HSET', key, 'status', ARGV[1], 'rank', ARGV[2], 'updated', ARGV[3])
  if ARGV[4] ~= '' or ARGV[5] ~= '' then
    redis.call('HSET', key, 'errorCode', ARGV[4], 'errorMessage', ARGV[5])
  end
  applied = 1
end
redis.call('PEXPIRE', key, ARGV[6])
return applied

-- Records the officer's outcome (Activated, Failed, NoShow) and counts it for the session's area on the given day; a
-- correction takes the earlier count back from the area and day it was counted for. A cancelled booking is refused.
-- After ikd-lib.lua's KEYS[1..8]: KEYS[9] the new day's counts (hash), KEYS[10] the counts of the day the caller
-- believes the booking was counted for (KEYS[9] when none), KEYS[11] days with counts (zset), KEYS[12] activated totals (hash).
-- ARGV[1] code, ARGV[2] that believed day ('' = not counted yet), ARGV[3] status, ARGV[4] failure ('' = none),
-- ARGV[5] note ('' = none), ARGV[6] by, ARGV[7] at ms, ARGV[8] day "yyyy-MM-dd", ARGV[9] day number,
-- ARGV[10] '1' = only while nothing is recorded yet (the no-show sweep never overwrites an officer's outcome).
-- Returns {outcome, booking json or false, session json or false}, or {'retry', counted day} when ARGV[2] was wrong.
purge_expired()
local b = booking_get(ARGV[1])
if not b then return {'NotFound', false, false} end
local s = session_get(b.s)
if b.st == 'Cancelled' then return {'IllegalChange', cjson.encode(b), encoded(s)} end
if ARGV[10] == '1' and b.st ~= 'Booked' then return {'IllegalChange', cjson.encode(b), encoded(s)} end
if (b.cd or '') ~= ARGV[2] then return {'retry', b.cd or ''} end

if b.st == 'Booked' then
  release_nik(b)
  reminders_drop(b)
else
  local left = redis.call('HINCRBY', KEYS[10], b.car .. '|' .. b.st, -1)
  if left <= 0 then redis.call('HDEL', KEYS[10], b.car .. '|' .. b.st) end
  if b.st == 'Activated' then redis.call('HINCRBY', KEYS[12], b.car, -1) end
end

local area = s and s.area or b.car
redis.call('HINCRBY', KEYS[9], area .. '|' .. ARGV[3], 1)
redis.call('ZADD', KEYS[11], ARGV[9], ARGV[8])
if ARGV[3] == 'Activated' then redis.call('HINCRBY', KEYS[12], area, 1) end

b.st = ARGV[3]
if ARGV[4] ~= '' then b.f = ARGV[4] else b.f = nil end
if ARGV[5] ~= '' then b.n = ARGV[5] else b.n = nil end
b.cb = ARGV[6]
b.ca = tonumber(ARGV[7])
b.cd = ARGV[8]
b.car = area
booking_put(b)
return {'Done', cjson.encode(b), encoded(s)}

-- Moves an active booking to another session in one step: the new seat is taken and the old one given back (to the
-- group it was claimed from, which it leaves), or nothing changes. Keeps the code; replaces the reminders.
-- After ikd-lib.lua's KEYS[1..8]: KEYS[9] the old session's bookings, KEYS[10] the new session's bookings, KEYS[11] the
-- booking's phone index (zset).
-- ARGV[1] code, ARGV[2] the session the caller believes the booking is at, ARGV[3] new session id, ARGV[4] now ms,
-- ARGV[5] retention ms after the session ends, ARGV[6..] reminders (kind, due ms).
-- Returns {outcome, booking json or false, session json or false}, or {'retry', session} when ARGV[2] was wrong.
purge_expired()
local b = booking_get(ARGV[1])
if not b then return {'NotFound', false, false} end
if b.s ~= ARGV[2] then return {'retry', b.s} end
if b.st ~= 'Booked' then return {'NotActive', cjson.encode(b), false} end
local target = session_get(ARGV[3])
if not available(target, ARGV[4]) then return {'SessionUnavailable', cjson.encode(b), encoded(target)} end
if target.res then return {'Reserved', cjson.encode(b), cjson.encode(target)} end
if b.s == target.id and not b.g then
  -- Already there: only the reminders change.
  reminders_drop(b)
  reminders_add(b, 6)
  booking_put(b)
  return {'Done', cjson.encode(b), cjson.encode(target)}
end
if target.tk >= target.cap then return {'SessionFull', cjson.encode(b), cjson.encode(target)} end

release_seat(b)
target = session_get(ARGV[3])
target.tk = target.tk + 1
session_put(target)
redis.call('ZREM', KEYS[9], b.c)
b.s = target.id
b.g = nil
b.sq = next_seq()
redis.call('ZADD', KEYS[10], b.sq, b.c)
reminders_drop(b)
reminders_add(b, 6)
booking_put(b)
local expires = target.ea + tonumber(ARGV[5])
expire_at('b:' .. b.c, expires)
redis.call('PEXPIREAT', KEYS[11], expires, 'GT')
return {'Done', cjson.encode(b), cjson.encode(target)}

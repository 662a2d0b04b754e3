-- Cancels an active booking: its seat goes back (to its group, or to the session), its NIK is free, its reminders go.
-- KEYS[1..8] as in ikd-lib.lua. ARGV[1] code, ARGV[2] by, ARGV[3] note ('' = none), ARGV[4] now ms.
-- Returns {outcome, booking json or false, session json or false}.
purge_expired()
local b = booking_get(ARGV[1])
if not b then return {'NotFound', false, false} end
if b.st ~= 'Booked' then return {'NotActive', cjson.encode(b), encoded(session_get(b.s))} end
release_seat(b)
release_nik(b)
reminders_drop(b)
b.st = 'Cancelled'
b.ca = tonumber(ARGV[4])
b.cb = ARGV[2]
if ARGV[3] ~= '' then b.n = ARGV[3] else b.n = nil end
redis.call('HSET', KEYS[2], b.c, cjson.encode(b))
return {'Done', cjson.encode(b), encoded(session_get(b.s))}

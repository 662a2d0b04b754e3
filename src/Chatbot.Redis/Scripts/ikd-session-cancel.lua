-- Cancels a session in one step: every active booking at it (seat, NIK and reminders freed) and every group booking
-- for it; no seat stays taken. After ikd-lib.lua's KEYS[1..8]: KEYS[9] the session's bookings (zset), KEYS[10] its
-- group bookings (set). ARGV[1] session id, ARGV[2] by, ARGV[3] note, ARGV[4] now ms.
-- Returns {outcome, session json or false, the cancelled bookings' json...}: Done, NotFound, Cancelled.
purge_expired()
local s = session_get(ARGV[1])
if not s then return {'NotFound', false} end
if s.st ~= 'Open' then return {'Cancelled', cjson.encode(s)} end
local reply = {'Done', false}
for _, code in ipairs(redis.call('ZRANGE', KEYS[9], 0, -1)) do
  local b = booking_get(code)
  if b and b.s == s.id and b.st == 'Booked' then
    release_nik(b)
    reminders_drop(b)
    b.st = 'Cancelled'
    b.ca = tonumber(ARGV[4])
    b.cb = ARGV[2]
    b.n = ARGV[3]
    booking_put(b)
    reply[#reply + 1] = cjson.encode(b)
  end
end
for _, code in ipairs(redis.call('SMEMBERS', KEYS[10])) do
  local g = group_get(code)
  if g then
    -- Every claim was just cancelled with the session.
    g.x = 1
    g.cl = 0
    group_put(g)
  end
end
s.st = 'Cancelled'
s.tk = 0
s.uat = tonumber(ARGV[4])
session_put(s)
reply[2] = cjson.encode(s)
return reply

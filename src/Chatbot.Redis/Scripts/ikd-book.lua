-- Books a seat (a citizen's own booking, or a claim of a group's seat) in one step: one active booking per NIK, never
-- more seats than the session (or the group) has. After ikd-lib.lua's KEYS[1..8]:
-- KEYS[9] the session's bookings (zset), KEYS[10] the phone's bookings (zset), KEYS[11] the group's claims (zset;
-- KEYS[9] again for an own booking).
-- ARGV[1] booking json (status Booked), ARGV[2] invitation code ('' = own booking), ARGV[3] the session the caller
-- believes the group is for, ARGV[4] now ms, ARGV[5] retention ms after the session ends, ARGV[6..] reminders (kind, due ms).
-- Returns {outcome, booking json or false, session json or false}; {'retry', session} when ARGV[3] was wrong;
-- {'exists'} when the code is taken by another booking. Nothing is written unless the outcome is Done.
purge_expired()
local b = cjson.decode(ARGV[1])
local now = tonumber(ARGV[4])
if redis.call('HEXISTS', KEYS[2], b.c) == 1 then return {'exists'} end

local g = nil
if ARGV[2] ~= '' then
  g = group_get(ARGV[2])
  if not g or g.x then return {'UnknownInvitation', false, false} end
  if g.s ~= ARGV[3] then return {'retry', g.s} end
  b.s = g.s
  b.g = g.c
end

local held = redis.call('HGET', KEYS[4], b.nik)
if held then
  local other = booking_get(held)
  if other and other.st == 'Booked' then return {'AlreadyBooked', cjson.encode(other), encoded(session_get(other.s))} end
end

local s = session_get(b.s)
if not available(s, now) then return {'SessionUnavailable', false, encoded(s)} end
if g then
  if g.cl >= g.seats then return {'SessionFull', false, cjson.encode(s)} end
  g.cl = g.cl + 1
  group_put(g)
else
  if s.res then return {'Reserved', false, cjson.encode(s)} end
  if s.tk >= s.cap then return {'SessionFull', false, cjson.encode(s)} end
  s.tk = s.tk + 1
  session_put(s)
end

b.st = 'Booked'
b.sq = next_seq()
reminders_add(b, 6)
booking_put(b)
redis.call('HSET', KEYS[4], b.nik, b.c)
redis.call('ZADD', KEYS[9], b.sq, b.c)
if g then redis.call('ZADD', KEYS[11], b.sq, b.c) end
local expires = s.ea + tonumber(ARGV[5])
expire_at('b:' .. b.c, expires)
redis.call('ZADD', KEYS[10], b.ba, b.c)
if redis.call('PTTL', KEYS[10]) == -1 then redis.call('PEXPIREAT', KEYS[10], expires)
else redis.call('PEXPIREAT', KEYS[10], expires, 'GT') end
return {'Done', cjson.encode(b), cjson.encode(s)}

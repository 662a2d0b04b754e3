-- Holds a group's seats at a session in one step (they count as taken from now on). After ikd-lib.lua's KEYS[1..8]:
-- KEYS[9] the session's group bookings (set), KEYS[10] all group bookings by time (zset), KEYS[11] the institution's.
-- ARGV[1] group json (claimed 0), ARGV[2] now ms, ARGV[3] retention ms after the session ends.
-- Returns {outcome, session json or false}: Done, SessionUnavailable, ReservedForOther, SessionFull; {'exists'} when
-- the invitation code is taken.
purge_expired()
local g = cjson.decode(ARGV[1])
if redis.call('HEXISTS', KEYS[3], g.c) == 1 then return {'exists'} end
local s = session_get(g.s)
if not available(s, ARGV[2]) then return {'SessionUnavailable', encoded(s)} end
if s.res and s.res ~= g.inst then return {'ReservedForOther', cjson.encode(s)} end
if s.cap - s.tk < g.seats then return {'SessionFull', cjson.encode(s)} end
s.tk = s.tk + g.seats
session_put(s)
g.cl = 0
group_put(g)
redis.call('SADD', KEYS[9], g.c)
redis.call('ZADD', KEYS[10], g.cat, g.c)
redis.call('ZADD', KEYS[11], g.cat, g.c)
expire_at('g:' .. g.c, s.ea + tonumber(ARGV[3]))
return {'Done', cjson.encode(s)}

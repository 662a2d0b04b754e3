-- Cancels a group booking: its unclaimed seats go back to the session, its claims stay (and keep their seats).
-- KEYS[1..8] as in ikd-lib.lua. ARGV[1] invitation code. Returns Done or NotFound (Done again when cancelled already).
local g = group_get(ARGV[1])
if not g then return 'NotFound' end
if g.x then return 'Done' end
local s = session_get(g.s)
if s and s.st == 'Open' then
  s.tk = math.max(0, s.tk - (g.seats - g.cl))
  session_put(s)
end
g.x = 1
redis.call('HSET', KEYS[3], g.c, cjson.encode(g))
return 'Done'

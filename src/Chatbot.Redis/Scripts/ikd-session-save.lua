-- Creates a session (ARGV[1] = 'create': refused when the id exists) or saves a changed one (ARGV[1] = 'update': keeps
-- the stored seats taken, status and creation fields; refused when cancelled or when the new capacity is below the
-- seats taken). After ikd-lib.lua's KEYS[1..8]: KEYS[9] session ids by start time (zset).
-- ARGV[2] session json. Returns {outcome, session json or false}: Done, NotFound, Cancelled, CapacityBelowTaken, Exists.
local s = cjson.decode(ARGV[2])
local stored = session_get(s.id)
if ARGV[1] == 'create' then
  if stored then return {'Exists', false} end
  s.tk = 0
  s.st = 'Open'
else
  if not stored then return {'NotFound', false} end
  if stored.st ~= 'Open' then return {'Cancelled', cjson.encode(stored)} end
  if s.cap < stored.tk then return {'CapacityBelowTaken', cjson.encode(stored)} end
  s.tk = stored.tk
  s.st = stored.st
  s.cb = stored.cb
  s.cat = stored.cat
end
session_put(s)
redis.call('ZADD', KEYS[9], s.sa, s.id)
return {'Done', cjson.encode(s)}

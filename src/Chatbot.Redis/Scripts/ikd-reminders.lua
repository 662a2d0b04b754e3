-- The reminder worker's steps, by ARGV[1]. KEYS[1..8] as in ikd-lib.lua.
-- 'claim' ARGV[2] now ms, ARGV[3] lease ms, ARGV[4] max: takes up to max reminders visible at now and hides them until
--   now + lease (a crashed worker's claim comes back then). Returns {member, due ms, member, due ms, ...}.
-- 'complete' ARGV[2] member "code|kind", ARGV[3] its due ms as claimed: removes it only while its due time is still
--   that one (a reminder rescheduled meanwhile has another and stays). Returns 1 when removed.
-- 'reschedule' ARGV[2] code, ARGV[3..] reminders (kind, due ms): replaces an active booking's reminders. Returns 1 when done.
if ARGV[1] == 'claim' then
  local until_ms = tonumber(ARGV[2]) + tonumber(ARGV[3])
  local reply = {}
  for _, member in ipairs(redis.call('ZRANGEBYSCORE', KEYS[5], '-inf', ARGV[2], 'LIMIT', 0, tonumber(ARGV[4]))) do
    redis.call('ZADD', KEYS[5], until_ms, member)
    reply[#reply + 1] = member
    reply[#reply + 1] = redis.call('HGET', KEYS[6], member) or ARGV[2]
  end
  return reply
elseif ARGV[1] == 'complete' then
  if redis.call('HGET', KEYS[6], ARGV[2]) ~= ARGV[3] then return 0 end
  redis.call('ZREM', KEYS[5], ARGV[2])
  redis.call('HDEL', KEYS[6], ARGV[2])
  return 1
end
purge_expired()
local b = booking_get(ARGV[2])
if not b or b.st ~= 'Booked' then return 0 end
reminders_drop(b)
reminders_add(b, 3)
redis.call('HSET', KEYS[2], b.c, cjson.encode(b))
return 1

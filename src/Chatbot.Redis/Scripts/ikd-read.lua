-- Reads bookings or groups that are still kept, deleting what has expired. After ikd-lib.lua's KEYS[1..8]:
-- KEYS[9] an index of codes (zset; members whose record is gone are removed), or KEYS[2] when reading by code.
-- ARGV[1] 'b' (bookings) or 'g' (groups), ARGV[2] 'index' (ARGV[3] '1' = newest first) or 'codes' (ARGV[3..] the codes).
-- Returns the records' json, in index order (or the order of the codes asked for, without the missing ones).
purge_expired()
local now = now_ms()
local function kept(code)
  local at = redis.call('ZSCORE', KEYS[7], ARGV[1] .. ':' .. code)
  if at and tonumber(at) <= now then return nil end
  if ARGV[1] == 'g' then return redis.call('HGET', KEYS[3], code) end
  return redis.call('HGET', KEYS[2], code)
end

local reply = {}
if ARGV[2] == 'codes' then
  for i = 3, #ARGV do
    local v = kept(ARGV[i])
    if v then reply[#reply + 1] = v end
  end
  return reply
end
local codes
if ARGV[3] == '1' then codes = redis.call('ZRANGE', KEYS[9], 0, -1, 'REV') else codes = redis.call('ZRANGE', KEYS[9], 0, -1) end
for _, code in ipairs(codes) do
  local v = kept(code)
  if v then reply[#reply + 1] = v else redis.call('ZREM', KEYS[9], code) end
end
return reply

-- IKD activation: what every ikd-*.lua script shares (IkdScripts puts this file before each one).
-- All keys carry the {ikd} hash tag. Every ikd script gets the same first eight KEYS; its own come after them:
-- KEYS[1] sessions: hash, id -> json {id, area, pk, place, sa starts ms, ea ends ms, off officers (json text), ppo,
--   cap capacity, res reserved for (absent = open), st Open|Cancelled, tk seats taken, cb, cat, uat}
-- KEYS[2] bookings: hash, code -> json {c, s session, nik, name, ph, lang, g invitation (absent = own booking),
--   st status, f failure, n note, ba booked ms, ca closed ms, cb closed by, sq order, cd counted day, car counted area,
--   rk reminder kinds "DayBefore,HoursBefore"}
-- KEYS[3] groups: hash, invitation code -> json {c, s session, inst, unit, by, seats, cl claimed, ros roster (json text),
--   x 1 = cancelled, cat created ms}
-- KEYS[4] active NIK: hash, nik -> booking code
-- KEYS[5] reminders: zset, "code|kind" -> visible at ms; KEYS[6] reminder due: hash, "code|kind" -> due ms
-- KEYS[7] expiry: zset, "b:code" / "g:code" -> ms when the record (personal data) is deleted
-- KEYS[8] sequence: string counter
-- Composite values (officers, roster) are json text inside the record, so cjson never re-encodes an empty list as {}.

local function now_ms()
  local t = redis.call('TIME')
  return tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
end

local function decoded(v) if v then return cjson.decode(v) end return nil end
local function session_get(id) return decoded(redis.call('HGET', KEYS[1], id)) end
local function session_put(s) redis.call('HSET', KEYS[1], s.id, cjson.encode(s)) end
local function booking_get(code) return decoded(redis.call('HGET', KEYS[2], code)) end
local function booking_put(b) redis.call('HSET', KEYS[2], b.c, cjson.encode(b)) end
local function group_get(code) return decoded(redis.call('HGET', KEYS[3], code)) end
local function group_put(g) redis.call('HSET', KEYS[3], g.c, cjson.encode(g)) end

-- Open, and not started yet by the caller's clock.
local function available(s, now) return s ~= nil and s.st == 'Open' and s.sa > tonumber(now) end

local function release_nik(b)
  if redis.call('HGET', KEYS[4], b.nik) == b.c then redis.call('HDEL', KEYS[4], b.nik) end
end

local function reminders_drop(b)
  for kind in string.gmatch(b.rk or '', '[^,]+') do
    local member = b.c .. '|' .. kind
    redis.call('ZREM', KEYS[5], member)
    redis.call('HDEL', KEYS[6], member)
  end
  b.rk = nil
end

-- Writes the reminders given as ARGV[from], ARGV[from+1] = kind, due ms (pairs to the end) and notes their kinds on b.
local function reminders_add(b, from)
  local kinds = {}
  for i = from, #ARGV - 1, 2 do
    local member = b.c .. '|' .. ARGV[i]
    redis.call('ZADD', KEYS[5], ARGV[i + 1], member)
    redis.call('HSET', KEYS[6], member, ARGV[i + 1])
    kinds[#kinds + 1] = ARGV[i]
  end
  if #kinds > 0 then b.rk = table.concat(kinds, ',') else b.rk = nil end
end

local function expire_at(member, ms) redis.call('ZADD', KEYS[7], ms, member) end

local function next_seq() return redis.call('INCR', KEYS[8]) end

-- Deletes a bounded number of records whose time is up (the rest go on the next calls); indexes outside these hashes
-- are pruned by their readers.
local function purge_expired()
  local due = redis.call('ZRANGEBYSCORE', KEYS[7], '-inf', now_ms(), 'LIMIT', 0, 50)
  for _, member in ipairs(due) do
    local code = string.sub(member, 3)
    if string.sub(member, 1, 2) == 'b:' then
      local b = booking_get(code)
      if b then
        release_nik(b)
        reminders_drop(b)
        redis.call('HDEL', KEYS[2], code)
      end
    else
      redis.call('HDEL', KEYS[3], code)
    end
    redis.call('ZREM', KEYS[7], member)
  end
end

-- The seat of an active booking goes back: to its group while the group holds seats, else to the session.
local function release_seat(b)
  local g = b.g and group_get(b.g)
  if g then
    g.cl = math.max(0, g.cl - 1)
    group_put(g)
    if not g.x then return end
  end
  local s = session_get(b.s)
  if s and s.st == 'Open' then
    s.tk = math.max(0, s.tk - 1)
    session_put(s)
  end
end

local function encoded(t) if t then return cjson.encode(t) end return false end

-- Routing: the office's work items, their offers and assignments, the operators' presence and load. One script for
-- every step, all keys in one slot (the {routing} hash tag); ARGV[1] names the step, the rest are its arguments.
-- KEYS[1] items: hash, item key -> json {k, kind, id, q queue, svc, area, pr priority, sc queue score (string),
--   since ms, st w|o|a, op operator, oid offer id, dl offer deadline ms, at assigned ms, src 1 = found at a source,
--   ret 1 = came back, esc 1 = escalated, fr first response ms, ps paused since ms, pm paused working ms, rb 1 = resolution breach recorded}
-- KEYS[2] operators: hash, user -> json {u, name, pres, psince, cap, load, skills ",q1,q2,", sup 0/1, idle ms, oid, oi offered item, custom 0/1}
-- KEYS[3] waiting: zset, item key -> score (higher priority first, then longer waiting)
-- KEYS[4] offers: zset, item key -> deadline ms
-- KEYS[5] cooldowns: zset, "item key|user" -> ms until which that user is not offered that item again
-- KEYS[6] events: stream (kind, item, queue, op, at, detail), capped near 10000 entries
-- KEYS[7] tallies: hash, "missed:user" / "breach:user" -> count
-- Times are unix ms from the caller's clock (the one deadlines and SLAs are counted with).

local function item_get(k)
  local v = redis.call('HGET', KEYS[1], k)
  if v then return cjson.decode(v) end
  return nil
end
local function item_put(it) redis.call('HSET', KEYS[1], it.k, cjson.encode(it)) end
local function item_del(k) redis.call('HDEL', KEYS[1], k) end
local function op_get(u)
  if not u then return nil end
  local v = redis.call('HGET', KEYS[2], u)
  if v then return cjson.decode(v) end
  return nil
end
local function op_put(o) redis.call('HSET', KEYS[2], o.u, cjson.encode(o)) end
local function wait_add(it) redis.call('ZADD', KEYS[3], it.sc, it.k) end
local function wait_rem(k) redis.call('ZREM', KEYS[3], k) end
local function offer_add(k, dl) redis.call('ZADD', KEYS[4], dl, k) end
local function offer_rem(k) redis.call('ZREM', KEYS[4], k) end
local function cooldown(k, u, untilms) redis.call('ZADD', KEYS[5], untilms, k .. '|' .. u) end
local function event(kind, it, u, at, detail)
  redis.call('XADD', KEYS[6], 'MAXLEN', '~', 10000, '*', 'kind', kind, 'item', it and it.k or '', 'queue', it and it.q or '',
    'op', u or '', 'at', at, 'detail', detail or '')
end
local function tally(name) redis.call('HINCRBY', KEYS[7], name, 1) end
local function serves(o, q) return (o.sup == 1 and q == 'supervisor') or string.find(o.skills or '', ',' .. q .. ',', 1, true) ~= nil end
local function clear_offer(o) o.oid = nil; o.oi = nil end
local function to_waiting(it)
  it.st = 'w'; it.op = nil; it.oid = nil; it.dl = nil; it.at = nil
  item_put(it)
  wait_add(it)
end
-- The item leaves whoever has it: its holder (load -1), the operator it is offered to, or its queue. Returns that operator or ''.
local function detach(it, now)
  if it.st == 'w' then wait_rem(it.k); return '' end
  local holder = it.op
  local o = op_get(holder)
  if it.st == 'a' then
    if o then o.load = math.max(0, o.load - 1); o.idle = tonumber(now); op_put(o) end
  else
    offer_rem(it.k)
    if o and o.oi == it.k then clear_offer(o); op_put(o) end
  end
  return holder or ''
end
-- An offer goes back: the item waits again, its operator does not get it again until untilms.
local function unoffer(it, kind, now, untilms)
  local u = it.op
  offer_rem(it.k)
  local o = op_get(u)
  if o and o.oi == it.k then clear_offer(o); op_put(o) end
  cooldown(it.k, u, untilms)
  to_waiting(it)
  if kind == 'offer-expired' then tally('missed:' .. u) end
  event(kind, it, u, now, '')
  return u
end

local step = ARGV[1]

if step == 'presence' then
  -- ARGV[2] user, [3] presence, [4] now, [5] capacity, [6] skills, [7] supervisor 0/1, [8] display name
  local u, pres, now = ARGV[2], ARGV[3], tonumber(ARGV[4])
  local o = op_get(u)
  if not o then o = {u = u, load = 0, idle = now, psince = now, pres = 'Offline', custom = 0} end
  if o.custom ~= 1 then o.cap = tonumber(ARGV[5]); o.skills = ARGV[6] end
  o.sup = tonumber(ARGV[7])
  if ARGV[8] ~= '' then o.name = ARGV[8] end
  if o.pres ~= pres then
    o.psince = now
    if pres == 'Tersedia' then o.idle = now end
  end
  o.pres = pres
  local withdrawn = ''
  if pres ~= 'Tersedia' and o.oi then
    local it = item_get(o.oi)
    if it and it.st == 'o' and it.op == u then
      offer_rem(it.k)
      to_waiting(it)
      withdrawn = it.k
      event('offer-withdrawn', it, u, now, pres)
    end
    clear_offer(o)
  end
  op_put(o)
  event('presence', nil, u, now, pres)
  return {withdrawn, cjson.encode(o)}

elseif step == 'profile' then
  -- ARGV[2] user, [3] capacity, [4] skills
  local o = op_get(ARGV[2]) or {u = ARGV[2], load = 0, idle = 0, psince = 0, pres = 'Offline', sup = 0}
  o.cap = tonumber(ARGV[3]); o.skills = ARGV[4]; o.custom = 1
  op_put(o)
  return 1

elseif step == 'sync' then
  -- ARGV[2] now, then per item: key, kind, id, queue, service, area, priority, score, since ms
  local now = ARGV[2]
  local added = {}
  for i = 3, #ARGV, 9 do
    local k = ARGV[i]
    local it = item_get(k)
    if not it then
      it = {k = k, kind = ARGV[i + 1], id = ARGV[i + 2], q = ARGV[i + 3], svc = ARGV[i + 4], pr = tonumber(ARGV[i + 6]),
        sc = ARGV[i + 7], since = tonumber(ARGV[i + 8]), st = 'w', src = 1}
      if ARGV[i + 5] ~= '' then it.area = ARGV[i + 5] end
      item_put(it)
      wait_add(it)
      added[#added + 1] = k
      event('queued', it, nil, now, '')
    elseif it.st == 'w' and it.ret ~= 1 and it.esc ~= 1 and (it.q ~= ARGV[i + 3] or it.sc ~= ARGV[i + 7]) then
      it.q = ARGV[i + 3]; it.pr = tonumber(ARGV[i + 6]); it.sc = ARGV[i + 7]
      item_put(it)
      wait_add(it)
    end
  end
  return added

elseif step == 'forget' then
  -- ARGV[2] now, then item keys no longer waiting at their source
  local gone = {}
  for i = 3, #ARGV do
    local it = item_get(ARGV[i])
    if it and it.src == 1 and it.st ~= 'a' then
      detach(it, ARGV[2])
      item_del(it.k)
      gone[#gone + 1] = it.k
    end
  end
  return gone

elseif step == 'offer' then
  -- ARGV[2] item key, [3] user, [4] offer id, [5] now, [6] deadline
  local k, u, oid, now, dl = ARGV[2], ARGV[3], ARGV[4], tonumber(ARGV[5]), tonumber(ARGV[6])
  local it = item_get(k)
  if not it then return {'missing'} end
  if it.st ~= 'w' then return {'taken'} end
  local o = op_get(u)
  if not o then return {'no-operator'} end
  if o.pres ~= 'Tersedia' then return {'unavailable'} end
  if o.oi then
    local current = item_get(o.oi)
    if current and current.st == 'o' and current.op == u then return {'busy'} end
    clear_offer(o)
  end
  if o.load >= o.cap then return {'full'} end
  if not serves(o, it.q) then return {'no-skill'} end
  local cd = redis.call('ZSCORE', KEYS[5], k .. '|' .. u)
  if cd and tonumber(cd) > now then return {'cooling-down'} end
  wait_rem(k)
  offer_add(k, dl)
  it.st = 'o'; it.op = u; it.oid = oid; it.dl = dl
  item_put(it)
  o.oi = k; o.oid = oid
  op_put(o)
  event('offered', it, u, now, '')
  return {'offered', it.q}

elseif step == 'accept' then
  -- ARGV[2] user, [3] offer id, [4] now
  local u, oid, now = ARGV[2], ARGV[3], tonumber(ARGV[4])
  local o = op_get(u)
  if not o or o.oid ~= oid or not o.oi then return {'missing'} end
  local it = item_get(o.oi)
  if not it or it.st ~= 'o' or it.op ~= u or it.oid ~= oid then
    clear_offer(o)
    op_put(o)
    return {'missing'}
  end
  if tonumber(it.dl) <= now then return {'expired'} end
  offer_rem(it.k)
  it.st = 'a'; it.at = now; it.oid = nil; it.dl = nil
  item_put(it)
  clear_offer(o)
  o.load = o.load + 1; o.idle = now
  op_put(o)
  event('accepted', it, u, now, '')
  return {'claimed', it.k}

elseif step == 'decline' then
  -- ARGV[2] user, [3] offer id, [4] now, [5] not again until
  local o = op_get(ARGV[2])
  if not o or o.oid ~= ARGV[3] or not o.oi then return 0 end
  local it = item_get(o.oi)
  if not it or it.st ~= 'o' or it.oid ~= ARGV[3] or it.op ~= ARGV[2] then
    clear_offer(o)
    op_put(o)
    return 0
  end
  unoffer(it, 'declined', ARGV[4], ARGV[5])
  return 1

elseif step == 'expire' then
  -- ARGV[2] now, [3] not again until. Returns key, operator, queue, offer id, deadline of each expired offer.
  local now = ARGV[2]
  redis.call('ZREMRANGEBYSCORE', KEYS[5], '-inf', now)
  local due = redis.call('ZRANGEBYSCORE', KEYS[4], '-inf', now)
  local out = {}
  for _, k in ipairs(due) do
    local it = item_get(k)
    if it and it.st == 'o' then
      local q, oid, dl = it.q, it.oid, it.dl
      local u = unoffer(it, 'offer-expired', now, ARGV[3])
      out[#out + 1] = k; out[#out + 1] = u; out[#out + 1] = q; out[#out + 1] = oid; out[#out + 1] = tostring(dl)
    else
      offer_rem(k)
    end
  end
  return out

elseif step == 'claim' then
  -- ARGV[2] user, [3] now, [4] item key ('' = the best item waiting in the user's queues)
  local u, now, k = ARGV[2], tonumber(ARGV[3]), ARGV[4]
  local o = op_get(u)
  if not o then return {'no-operator'} end
  if o.pres ~= 'Tersedia' then return {'unavailable'} end
  local it
  if k ~= '' then
    it = item_get(k)
    if not it then return {'missing'} end
    if it.st == 'a' or (it.st == 'o' and it.op ~= u) then return {'taken', it.k, it.op} end
    if not serves(o, it.q) then return {'no-skill'} end
  else
    for _, m in ipairs(redis.call('ZRANGE', KEYS[3], 0, 999)) do
      local c = item_get(m)
      if c and c.st == 'w' and serves(o, c.q) then it = c; break end
    end
  end
  local own = it ~= nil and it.st == 'o' and it.op == u
  local pending = 0
  if o.oi and not own then pending = 1 end
  if o.load + pending >= o.cap then return {'full'} end
  if not it then return {'empty'} end
  if own then offer_rem(it.k); clear_offer(o) else wait_rem(it.k) end
  it.st = 'a'; it.op = u; it.at = now; it.oid = nil; it.dl = nil
  item_put(it)
  o.load = o.load + 1; o.idle = now
  op_put(o)
  local how = 'claim'
  if k == '' then how = 'pull' end
  event('claimed', it, u, now, how)
  return {'claimed', it.k}

elseif step == 'unassign' then
  -- ARGV[2] user, [3] item key, [4] now, [5] not again until: the user's assignment is undone (its conversation is
  -- held by another operator), the item waits in its queue again as it was, the user is not offered it again until then.
  local u, now = ARGV[2], ARGV[4]
  local it = item_get(ARGV[3])
  if not it or it.st ~= 'a' or it.op ~= u then return 0 end
  detach(it, now)
  cooldown(it.k, u, ARGV[5])
  to_waiting(it)
  event('take-over-refused', it, u, now, '')
  return 1

elseif step == 'release' or step == 'requeue' then
  -- ARGV[2] user ('' = whoever holds it), [3] item key, [4] now; requeue: [5] queue, [6] priority, [7] score,
  -- [8] the item's json, used when routing does not know it
  local u, k, now = ARGV[2], ARGV[3], ARGV[4]
  local it = item_get(k)
  if not it then
    if step == 'release' then return {'missing'} end
    it = cjson.decode(ARGV[8])
    it.st = 'w'
  elseif u ~= '' and it.op ~= u then
    return {'not-yours', it.op or ''}
  end
  local holder = detach(it, now)
  if step == 'release' then
    item_del(k)
    event('released', it, holder, now, '')
  else
    it.q = ARGV[5]; it.pr = tonumber(ARGV[6]); it.sc = ARGV[7]; it.ret = 1; it.src = 0
    to_waiting(it)
    event('requeued', it, holder, now, ARGV[5])
  end
  return {'released', holder}

elseif step == 'escalate' then
  -- ARGV[2] item key, [3] now, [4] queue, [5] priority, [6] score
  local now = ARGV[3]
  local it = item_get(ARGV[2])
  if not it or it.esc == 1 then return {'skip'} end
  local holder = detach(it, now)
  if holder ~= '' then tally('breach:' .. holder) end
  event('sla-breach', it, holder, now, 'first-response')
  it.q = ARGV[4]; it.pr = tonumber(ARGV[5]); it.sc = ARGV[6]; it.esc = 1
  to_waiting(it)
  event('escalated', it, holder, now, ARGV[4])
  return {'escalated', holder}

elseif step == 'resolution' then
  -- ARGV[2] item key, [3] now
  local it = item_get(ARGV[2])
  if not it or it.rb == 1 then return {'skip'} end
  it.rb = 1
  item_put(it)
  local holder = ''
  if it.st == 'a' then holder = it.op; tally('breach:' .. holder) end
  event('sla-breach', it, holder, ARGV[3], 'resolution')
  return {'escalated', holder}

elseif step == 'mark' then
  -- ARGV[2] item key, [3] responded|pause|resume, [4] now (resume: the pause's start), [5] resume: paused working ms
  local it = item_get(ARGV[2])
  if not it then return 0 end
  local what, at = ARGV[3], tonumber(ARGV[4])
  if what == 'responded' then
    if not it.fr then it.fr = at end
  elseif what == 'pause' then
    if not it.ps then it.ps = at end
  else
    if it.ps ~= at then return 0 end
    it.pm = (it.pm or 0) + tonumber(ARGV[5])
    it.ps = nil
  end
  item_put(it)
  return 1
end
return redis.error_reply('unknown routing step ' .. tostring(step))

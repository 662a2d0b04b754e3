-- One poll of a partition stream for a consumer that holds the partition's lease. Order matters, so:
-- 1. this consumer's own unacknowledged entries (it crashed or retries), 2. entries pending for another (dead)
-- consumer for at least the min idle time, 3. if others' entries are still pending but not idle long enough:
-- nothing (reading newer entries would break the order), 4. new entries.
-- The group is created on demand from the stream's start, so entries added before any worker ran are not lost.
-- KEYS[1] stream. ARGV[1] group, ARGV[2] consumer, ARGV[3] count, ARGV[4] min idle ms.
-- Returns {'ok', id1, json1, id2, json2, ...} or {'wait'}.
local stream, group, consumer, count, idle = KEYS[1], ARGV[1], ARGV[2], ARGV[3], ARGV[4]
redis.pcall('XGROUP', 'CREATE', stream, group, '0', 'MKSTREAM') -- BUSYGROUP when it exists: ignored

local out = {'ok'}
local function collect(entries)
  for _, entry in ipairs(entries) do
    local id, fields, json = entry[1], entry[2], nil
    if fields then
      for k = 1, #fields, 2 do
        if fields[k] == 'm' then json = fields[k + 1] end
      end
    end
    if json then
      out[#out + 1] = id
      out[#out + 1] = json
    else
      -- Deleted while pending (or malformed): nothing to hand out, drop it from the pending list.
      redis.call('XACK', stream, group, id)
    end
  end
end

local own = redis.call('XREADGROUP', 'GROUP', group, consumer, 'COUNT', count, 'STREAMS', stream, '0')
if own then collect(own[1][2]) end
if #out > 1 then return out end

local claimed = redis.call('XAUTOCLAIM', stream, group, consumer, idle, '0-0', 'COUNT', count)
collect(claimed[2])
if #out > 1 then return out end

local pending = redis.call('XPENDING', stream, group)
if tonumber(pending[1]) > 0 then return {'wait'} end

local fresh = redis.call('XREADGROUP', 'GROUP', group, consumer, 'COUNT', count, 'STREAMS', stream, '>')
if fresh then collect(fresh[1][2]) end
return out

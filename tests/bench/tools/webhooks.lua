-- wrk script for the benchmark: every request is a different pre-signed Twilio webhook (another citizen, another
-- MessageSid), read in init() from the file the generator wrote for this wrk thread.
--
--   BENCH_REQS=DIR/phase [BENCH_RATE_PER_THREAD=N] wrk -t T -c C -d D -s webhooks.lua URL
--
-- Thread t reads BENCH_REQS.<t>.req ("<signature> <body>" lines). With BENCH_RATE_PER_THREAD the thread's
-- connections are paced by delay() on one schedule (Debian's wrk has no -R): each waits for the next free slot, and a
-- slot nobody was free to take is dropped, not bunched up later. done() prints one machine-readable BENCH line.

local threads = {}
local thread_count = 0

function setup(thread)
  thread:set("id", thread_count)
  thread_count = thread_count + 1
  table.insert(threads, thread)
end

local requests = {}
local loaded = 0
local next_index = 1
wrapped = 0

function init(args)
  local prefix = assert(os.getenv("BENCH_REQS"), "set BENCH_REQS")
  local name = prefix .. "." .. id .. ".req"
  local file = assert(io.open(name, "r"))
  for line in file:lines() do
    local space = line:find(" ", 1, true)
    requests[#requests + 1] = wrk.format("POST", wrk.path, {
      ["Content-Type"] = "application/x-www-form-urlencoded",
      ["X-Twilio-Signature"] = line:sub(1, space - 1),
    }, line:sub(space + 1))
  end
  file:close()
  loaded = #requests
  assert(loaded > 0, "no requests in " .. name)
end

function request()
  local r = requests[next_index]
  next_index = next_index + 1
  if next_index > loaded then
    -- Out of fresh citizens: the service drops the repeats (same MessageSid), so the run would stop measuring turns.
    next_index = 1
    wrapped = wrapped + 1
  end
  return r
end

local rate = tonumber(os.getenv("BENCH_RATE_PER_THREAD") or "")
if rate and rate > 0 then
  local ffi = require("ffi")
  ffi.cdef [[
    typedef struct { long tv_sec; long tv_usec; } bench_timeval;
    int gettimeofday(bench_timeval *tv, void *tz);
  ]]
  local tv = ffi.new("bench_timeval")
  local interval_ms = 1000 / rate
  local next_slot = 0

  local function now_ms()
    ffi.C.gettimeofday(tv, nil)
    return tonumber(tv.tv_sec) * 1000 + tonumber(tv.tv_usec) / 1000
  end

  function delay()
    local t = now_ms()
    if next_slot < t then next_slot = t end
    local wait = next_slot - t
    next_slot = next_slot + interval_ms
    return math.floor(wait)
  end
end

function done(summary, latency, _)
  local wraps = 0
  for _, thread in ipairs(threads) do wraps = wraps + (thread:get("wrapped") or 0) end
  local e = summary.errors
  io.write(string.format(
    "BENCH requests=%d duration_us=%d connect=%d read=%d write=%d status=%d timeout=%d wrapped=%d " ..
    "lat_mean_us=%.0f lat_p50_us=%d lat_p90_us=%d lat_p99_us=%d lat_p999_us=%d lat_max_us=%d\n",
    summary.requests, summary.duration, e.connect, e.read, e.write, e.status, e.timeout, wraps,
    latency.mean, latency:percentile(50), latency:percentile(90), latency:percentile(99), latency:percentile(99.9),
    latency.max))
end

-- wrk script: POST /api/v1/orders/{id}/place (If-Match "1") for each id of IDS_FILE once, split
-- among the threads, at a steady RATE orders a second in all: each thread sends on a schedule of
-- its own (one request every THREADS * 1000 / RATE ms, on whichever of its connections is free),
-- so the response time does not lower the rate; a thread that fell behind catches up. At most
-- one request per connection is in flight: give it connections enough (rate x response time).
local ffi = require("ffi")
ffi.cdef [[
  typedef struct { long tv_sec; long tv_nsec; } place_orders_timespec;
  int clock_gettime(int clock, place_orders_timespec *now);
]]
local CLOCK_MONOTONIC = 1
local clock = ffi.new("place_orders_timespec")
local function now_ms()
  ffi.C.clock_gettime(CLOCK_MONOTONIC, clock)
  return tonumber(clock.tv_sec) * 1000 + tonumber(clock.tv_nsec) / 1e6
end
local ids = {}
for line in io.lines(os.getenv("IDS_FILE")) do
  if line ~= "" then
    ids[#ids + 1] = line
  end
end
assert(#ids > 0, "IDS_FILE holds no ids")
local token = assert(os.getenv("TOKEN"), "TOKEN is not set")
local rate = tonumber((assert(os.getenv("RATE"), "RATE is not set")))
-- each thread has a Lua state of its own: the thread count comes from the caller (wrk -t)
local stride = tonumber((assert(os.getenv("THREADS"), "THREADS is not set")))
local interval_ms = stride * 1000 / rate

local started = 0
function setup(thread)
  thread:set("index", started)
  started = started + 1
end

local next_id
function init(args)
  next_id = index + 1
end

local next_at
function delay()
  local now = now_ms()
  next_at = next_at or now
  local wait = next_at - now
  next_at = next_at + interval_ms
  return math.max(0, wait)
end

request = function()
  local id = ids[next_id]
  if id == nil then
    -- every order placed: idle until wrk's duration ends (the script sizes it to the ids)
    return wrk.format("GET", "/health/live")
  end
  next_id = next_id + stride
  return wrk.format("POST", "/api/v1/orders/" .. id .. "/place",
    { ["Authorization"] = "Bearer " .. token, ["If-Match"] = '"1"' })
end

function done(summary, latency, requests)
  io.write(string.format("placing: %d requests, %d errors, p50 %.2f ms, p99 %.2f ms\n",
    summary.requests, summary.errors.status + summary.errors.connect + summary.errors.read
      + summary.errors.write + summary.errors.timeout,
    latency:percentile(50) / 1000, latency:percentile(99) / 1000))
end

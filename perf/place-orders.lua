-- wrk script: POST /api/v1/orders/{id}/place (If-Match "1") for each id of IDS_FILE once, split
-- among the threads, each connection waiting DELAY_MS between requests: a steady rate of
-- connections * 1000 / DELAY_MS orders a second (a little less: the response time adds to it).
local ids = {}
for line in io.lines(os.getenv("IDS_FILE")) do
  if line ~= "" then
    ids[#ids + 1] = line
  end
end
assert(#ids > 0, "IDS_FILE holds no ids")
local token = assert(os.getenv("TOKEN"), "TOKEN is not set")
local pause = tonumber(os.getenv("DELAY_MS") or "20")
-- each thread has a Lua state of its own: the thread count comes from the caller (wrk -t)
local stride = tonumber((assert(os.getenv("THREADS"), "THREADS is not set")))

local started = 0
function setup(thread)
  thread:set("index", started)
  started = started + 1
end

local next_id
function init(args)
  next_id = index + 1
end

function delay()
  return pause
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

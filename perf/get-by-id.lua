-- wrk script: GET /api/v1/orders/{id} for ids picked at random from IDS_FILE (one per line),
-- with the bearer token in TOKEN. Prints a machine-readable summary line at the end.
local ids = {}
for line in io.lines(os.getenv("IDS_FILE")) do
  if line ~= "" then
    ids[#ids + 1] = line
  end
end
assert(#ids > 0, "IDS_FILE holds no ids")

local headers = {
  ["Authorization"] = "Bearer " .. assert(os.getenv("TOKEN"), "TOKEN is not set"),
  ["Accept"] = "application/json",
}

local thread_count = 0
function setup(thread)
  thread_count = thread_count + 1
  thread:set("seed", thread_count)
end

function init(args)
  -- a different sequence per thread, the same one on every run: repeatable load
  math.randomseed(1000 + (seed or 0))
end

request = function()
  return wrk.format("GET", "/api/v1/orders/" .. ids[math.random(#ids)], headers)
end

done = function(summary, latency, requests)
  local seconds = summary.duration / 1e6
  local failed = summary.errors.status + summary.errors.connect + summary.errors.read
    + summary.errors.write + summary.errors.timeout
  io.write(string.format(
    "RESULT requests=%d seconds=%.1f requests_per_second=%.0f p50_ms=%.2f p99_ms=%.2f max_ms=%.2f failed=%d\n",
    summary.requests, seconds, summary.requests / seconds,
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, latency.max / 1000, failed))
end

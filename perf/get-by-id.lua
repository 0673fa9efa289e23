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

-- Every request is formatted once, in init (where wrk has set the Host header): wrk.format per
-- request cost the load generator CPU that the plain-URL run (the hello-world) does not spend,
-- and both share the machine's cores.
local requests = {}

function init(args)
  -- a different sequence per thread, the same one on every run: repeatable load
  math.randomseed(1000 + (seed or 0))
  for i, id in ipairs(ids) do
    requests[i] = wrk.format("GET", "/api/v1/orders/" .. id, headers)
  end
end

request = function()
  return requests[math.random(#requests)]
end

-- the RESULT line at the end, shared with the plain-URL runs
dofile("perf/summary.lua")

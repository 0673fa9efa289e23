-- wrk script: POST /api/v1/orders, each request a new order of one line with an Idempotency-Key
-- of its own, with the bearer token in TOKEN. Prints a machine-readable summary line at the end.
local token = assert(os.getenv("TOKEN"), "TOKEN is not set")
local body = '{"customer":{"name":"Perf Customer","email":"perf@example.com"},"currency":"EUR",'
  .. '"lines":[{"sku":"SKU-1","quantity":2,"unitPrice":{"amountMinor":1500,"currency":"EUR"}}]}'

local thread_count = 0
function setup(thread)
  thread_count = thread_count + 1
  thread:set("seed", thread_count)
end

local sent = 0
local run = tostring(os.time())
request = function()
  sent = sent + 1
  return wrk.format("POST", "/api/v1/orders", {
    ["Authorization"] = "Bearer " .. token,
    ["Content-Type"] = "application/json",
    ["Idempotency-Key"] = run .. "-" .. tostring(seed or 0) .. "-" .. tostring(sent),
  }, body)
end

dofile("perf/summary.lua")

-- wrk script: POST /api/v1/orders with a one-line draft order, with the bearer token in TOKEN.
-- Prints the same machine-readable RESULT line as the other scripts at the end.
local headers = {
  ["Authorization"] = "Bearer " .. assert(os.getenv("TOKEN"), "TOKEN is not set"),
  ["Content-Type"] = "application/json",
  ["Accept"] = "application/json",
}
local body = '{"customer":{"name":"Ada Lovelace","email":"ada@example.com"},"currency":"EUR",'
  .. '"lines":[{"sku":"BOOK-1","quantity":2,"unitPrice":{"amountMinor":1500,"currency":"EUR"}}]}'

request = function()
  return wrk.format("POST", "/api/v1/orders", headers, body)
end

dofile("perf/summary.lua")

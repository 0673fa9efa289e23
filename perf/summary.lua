-- wrk script for a plain URL (the hello-world): the same RESULT line as get-by-id.lua.
done = function(summary, latency, requests)
  local seconds = summary.duration / 1e6
  local failed = summary.errors.status + summary.errors.connect + summary.errors.read
    + summary.errors.write + summary.errors.timeout
  io.write(string.format(
    "RESULT requests=%d seconds=%.1f requests_per_second=%.0f p50_ms=%.2f p99_ms=%.2f max_ms=%.2f failed=%d\n",
    summary.requests, seconds, summary.requests / seconds,
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, latency.max / 1000, failed))
end

#!/usr/bin/env bash
# What rate limiting costs on the hot path (bar: 90%): perf/on-off.sh with RATE_LIMIT_ENABLED
# (get-by-id.sh sets budgets the run never reaches). The default variant is `cached`: REDIS_URL is
# set, so the budgets live in Redis, shared as in production.
#
#   perf/rate-limit-overhead.sh                          # ROUNDS=3, get-by-id.sh defaults
#   VARIANTS=uncached perf/rate-limit-overhead.sh        # in-process budgets (no REDIS_URL)
#   ROUNDS=2 WARMUP=20 perf/rate-limit-overhead.sh       # any get-by-id.sh variable passes on
exec "$(dirname "${BASH_SOURCE[0]}")/on-off.sh" RATE_LIMIT_ENABLED "rate limits" cached

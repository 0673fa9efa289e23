#!/usr/bin/env bash
# What rate limiting costs on the hot path: perf/get-by-id.sh with rate limits on (the default, with
# budgets the run never reaches) and off (RATE_LIMIT_ENABLED=false), in turns (on off on off ...)
# in one run, so that whatever else the machine does weighs on each alike. The default variant is
# `cached`: REDIS_URL is set, so the budgets live in Redis, shared as in production. Prints every
# reading and the medians, and the ratio on / off.
#
#   perf/rate-limit-overhead.sh                          # ROUNDS=3, get-by-id.sh defaults
#   VARIANTS=uncached perf/rate-limit-overhead.sh        # in-process budgets (no REDIS_URL)
#   ROUNDS=2 WARMUP=20 perf/rate-limit-overhead.sh       # any get-by-id.sh variable passes on
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
# shellcheck source=perf/lib/service.sh
source perf/lib/service.sh
# not ROUNDS itself: each get-by-id.sh run below must see ROUNDS=1
readonly OVERHEAD_ROUNDS=${ROUNDS:-3}

declare -A throughputs p99s
for ((round = 1; round <= OVERHEAD_ROUNDS; round++)); do
  for mode in on off; do
    enabled=$([[ "${mode}" == on ]] && echo true || echo false)
    echo "== round ${round}/${OVERHEAD_ROUNDS}: rate limits ${mode} (load average $(cut -d ' ' -f 1-3 /proc/loadavg))"
    line=$(RATE_LIMIT_ENABLED=${enabled} VARIANTS=${VARIANTS:-cached} CUT=0 ROUNDS=1 perf/get-by-id.sh | tee /dev/stderr | grep '^GET /api/v1/orders/{id}: ')
    throughputs[${mode}]+=" $(sed -E 's/.*: ([0-9]+) requests\/s.*/\1/' <<<"${line}")"
    p99s[${mode}]+=" $(sed -E 's/.* p99 ([0-9.]+) ms.*/\1/' <<<"${line}")"
  done
done
echo
for mode in on off; do
  # shellcheck disable=SC2086 # word splitting of the collected numbers is intended
  echo "MEDIAN rate limits ${mode}: $(median ${throughputs[${mode}]}) requests/s, p99 $(median ${p99s[${mode}]}) ms;" \
    "each round:${throughputs[${mode}]}"
done
# shellcheck disable=SC2086 # word splitting of the collected numbers is intended
awk -v on="$(median ${throughputs[on]})" -v off="$(median ${throughputs[off]})" \
  'BEGIN { printf "rate limits on / off: %.1f%% (bar: 90%%)\n", 100 * on / off }'

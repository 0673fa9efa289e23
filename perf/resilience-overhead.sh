#!/usr/bin/env bash
# What the resilience guards cost on the hot path: perf/get-by-id.sh with the guards on (the
# default) and off (RESILIENCE_ENABLED=false), in turns (on off on off ...) in one run, so that
# whatever else the machine does weighs on each alike. Prints every reading and the medians.
#
#   perf/resilience-overhead.sh                        # ROUNDS=3, get-by-id.sh defaults
#   ROUNDS=2 WARMUP=30 perf/resilience-overhead.sh     # any get-by-id.sh variable passes on
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
# shellcheck source=perf/lib/service.sh
source perf/lib/service.sh
readonly ROUNDS=${ROUNDS:-3}

declare -A throughputs p99s
for ((round = 1; round <= ROUNDS; round++)); do
  for mode in on off; do
    enabled=$([[ "${mode}" == on ]] && echo true || echo false)
    echo "== round ${round}/${ROUNDS}: resilience ${mode} (load average $(cut -d ' ' -f 1-3 /proc/loadavg))"
    line=$(RESILIENCE_ENABLED=${enabled} VARIANTS=${VARIANTS:-uncached} CUT=0 ROUNDS=1 perf/get-by-id.sh | tee /dev/stderr | grep '^GET /api/v1/orders/{id}: ')
    throughputs[${mode}]+=" $(sed -E 's/.*: ([0-9]+) requests\/s.*/\1/' <<<"${line}")"
    p99s[${mode}]+=" $(sed -E 's/.* p99 ([0-9.]+) ms.*/\1/' <<<"${line}")"
  done
done
echo
for mode in on off; do
  # shellcheck disable=SC2086 # word splitting of the collected numbers is intended
  echo "MEDIAN resilience ${mode}: $(median ${throughputs[${mode}]}) requests/s, p99 $(median ${p99s[${mode}]}) ms;" \
    "each round:${throughputs[${mode}]}"
done

#!/usr/bin/env bash
# What a switchable feature costs on the hot path: perf/get-by-id.sh with VARIABLE=true and
# VARIABLE=false in turns (on off on off ...) in one run, so that whatever else the machine does
# weighs on each alike. Prints every reading, the medians and the ratio on / off.
#
#   perf/on-off.sh VARIABLE LABEL [DEFAULT_VARIANT]   # e.g. RESILIENCE_ENABLED resilience uncached
#   ROUNDS=2 WARMUP=30 perf/on-off.sh ...             # any get-by-id.sh variable passes on
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
# shellcheck source=perf/lib/service.sh
source perf/lib/service.sh
readonly VARIABLE=$1 LABEL=$2 DEFAULT_VARIANT=${3:-uncached}
# not ROUNDS itself: each get-by-id.sh run below must see ROUNDS=1
readonly TURNS=${ROUNDS:-3}

declare -A throughputs p99s
for ((round = 1; round <= TURNS; round++)); do
  for mode in on off; do
    enabled=$([[ "${mode}" == on ]] && echo true || echo false)
    echo "== round ${round}/${TURNS}: ${LABEL} ${mode} (load average $(cut -d ' ' -f 1-3 /proc/loadavg))"
    line=$(env "${VARIABLE}=${enabled}" VARIANTS="${VARIANTS:-${DEFAULT_VARIANT}}" CUT=0 ROUNDS=1 \
      perf/get-by-id.sh | tee /dev/stderr | grep '^GET /api/v1/orders/{id}: ')
    throughputs[${mode}]+=" $(sed -E 's/.*: ([0-9]+) requests\/s.*/\1/' <<<"${line}")"
    p99s[${mode}]+=" $(sed -E 's/.* p99 ([0-9.]+) ms.*/\1/' <<<"${line}")"
  done
done
echo
for mode in on off; do
  # shellcheck disable=SC2086 # word splitting of the collected numbers is intended
  echo "MEDIAN ${LABEL} ${mode}: $(median ${throughputs[${mode}]}) requests/s," \
    "p99 $(median ${p99s[${mode}]}) ms; each round:${throughputs[${mode}]}"
done
# shellcheck disable=SC2086
awk -v on="$(median ${throughputs[on]})" -v off="$(median ${throughputs[off]})" -v label="${LABEL}" \
  'BEGIN { printf "%s on / off: %.1f%%\n", label, 100 * on / off }'

#!/usr/bin/env bash
# Side by side: GET /api/v1/orders/{id} throughput of two or more jars, measured in turns
# (A B A B ...) in one run, so that whatever else the machine does weighs on each alike. Runs
# perf/get-by-id.sh once per jar per round and prints every reading and each jar's median.
#
#   perf/compare-get-by-id.sh before.jar after.jar           # ROUNDS=3, get-by-id.sh defaults
#   ROUNDS=5 WARMUP=30 perf/compare-get-by-id.sh a.jar b.jar  # any get-by-id.sh variable passes on
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
# not ROUNDS itself: each get-by-id.sh run below gets ROUNDS=1
readonly COMPARE_ROUNDS=${ROUNDS:-3}
# one service variant per jar, no hello-world and no Redis cut (see get-by-id.sh)
export VARIANTS=${VARIANTS:-uncached} CUT=${CUT:-0}
(($# >= 2)) || { echo "usage: $0 JAR JAR [JAR...]" >&2; exit 2; }
for jar in "$@"; do
  [[ -f "${jar}" ]] || { echo "${jar} not found" >&2; exit 2; }
done

declare -A readings cpu
for ((round = 1; round <= COMPARE_ROUNDS; round++)); do
  for jar in "$@"; do
    echo "== round ${round}/${COMPARE_ROUNDS}: ${jar} (load average $(cut -d ' ' -f 1-3 /proc/loadavg))"
    line=$(JAR="${jar}" ROUNDS=1 perf/get-by-id.sh | tee /dev/stderr | grep '^GET /api/v1/orders/{id}: ')
    readings[${jar}]+="$(sed -E 's/.*: ([0-9]+) requests\/s.*/\1/' <<<"${line}") "
    cpu[${jar}]+="$(sed -E 's/.* ([0-9]+) us CPU\/request.*/\1/' <<<"${line}") "
  done
done

echo
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
echo "jar | requests/s, each round | median | service CPU us/request, each round | median"
for jar in "$@"; do
  # shellcheck disable=SC2086 # the lists are space-separated numbers
  echo "${jar} | ${readings[${jar}]}| $(median ${readings[${jar}]}) | ${cpu[${jar}]}| $(median ${cpu[${jar}]})"
done

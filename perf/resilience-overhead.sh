#!/usr/bin/env bash
# What the resilience guards cost on the hot path: GET /api/v1/orders/{id} against PostgreSQL
# with the guards on (the default) and off (RESILIENCE_ENABLED=false), in interleaved rounds of
# one run (on, off, on, off...), each a fresh service warmed up for WARMUP seconds and then
# measured with `wrk -t2 -c32 -d20s --latency`, over the same ORDERS orders. Prints each round and
# the medians. Loopback only; every wait is bounded.
#
#   perf/resilience-overhead.sh                         # ROUNDS=2 WARMUP=30 ORDERS=1000
#   ROUNDS=3 WARMUP=60 perf/resilience-overhead.sh
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
# shellcheck source=perf/lib/service.sh
source perf/lib/service.sh

readonly JAR=${JAR:-bootstrap/target/orders-service.jar}
readonly ROUNDS=${ROUNDS:-2}
readonly WARMUP=${WARMUP:-30}
readonly DURATION=${DURATION:-20}
readonly THREADS=${THREADS:-2}
readonly CONNECTIONS=${CONNECTIONS:-32}
readonly ORDERS=${ORDERS:-1000}
readonly PGHOST=${PGHOST:-127.0.0.1}
readonly PGPORT=${PGPORT:-5432}
readonly PGUSER=${PGUSER:-postgres}
readonly DATABASE=orders_overhead
export PGHOST PGPORT PGUSER

require_jar "${JAR}"
for tool in psql curl jq wrk; do
  command -v "${tool}" >/dev/null || fail "${tool} is missing: apt-get install -y postgresql-client curl jq wrk"
done
pg_isready -q -h "${PGHOST}" -p "${PGPORT}" || fail "PostgreSQL does not answer on ${PGHOST}:${PGPORT}"

work="perf/results/resilience-overhead-$(date -u +%Y%m%dT%H%M%SZ)"
mkdir -p "${work}"
report="${work}/report.txt"
drop_database() {
  psql -q -d postgres -c "SET client_min_messages = warning" \
    -c "DROP DATABASE IF EXISTS ${DATABASE} WITH (FORCE)" >/dev/null
}
cleanup() {
  stop_service 30
  drop_database || echo "resilience-overhead.sh: could not drop ${DATABASE}; drop it by hand" >&2
  finish_output_copy
}
trap cleanup EXIT
copy_output_to "${report}"

drop_database
psql -q -d postgres -c "CREATE DATABASE ${DATABASE}" >/dev/null
database=("DATABASE_URL=jdbc:postgresql://${PGHOST}:${PGPORT}/${DATABASE}" "DATABASE_USER=${PGUSER}")
run_command "${work}/migrate.log" "${JAR}" "${database[@]}" -- migrate

echo "# GET /api/v1/orders/{id}, resilience guards on and off, $(date -u +%Y-%m-%dT%H:%M:%SZ)"
echo "# commit $(git rev-parse --short HEAD 2>/dev/null || echo unknown), $("$(java_binary)" -version 2>&1 | head -n 1)"
echo "# $(nproc) CPUs; load average $(cut -d ' ' -f 1-3 /proc/loadavg); ${ORDERS} orders; warm-up ${WARMUP}s; wrk -t${THREADS} -c${CONNECTIONS} -d${DURATION}s"

declare -A throughputs p99s
for ((round = 1; round <= ROUNDS; round++)); do
  for mode in on off; do
    enabled=$([[ "${mode}" == on ]] && echo true || echo false)
    log="${work}/service-${mode}-${round}.log"
    port=$(free_port)
    start_service "${log}" "${JAR}" APP_ENV=development "PORT=${port}" LOG_LEVEL=info \
      "${database[@]}" DATABASE_MIGRATE_ON_START=false "RESILIENCE_ENABLED=${enabled}" -- serve
    wait_until_ready "${port}" 60 "${log}"
    token=$(demo_token "${log}")
    base="http://127.0.0.1:${port}"
    [[ -s "${work}/ids.txt" ]] || create_orders "${base}" "${token}" "${ORDERS}" "${work}"
    export IDS_FILE="${work}/ids.txt" TOKEN="${token}"
    timeout $((WARMUP + 30)) wrk -t"${THREADS}" -c"${CONNECTIONS}" -d"${WARMUP}s" \
      -s perf/get-by-id.lua "${base}" >"${work}/warmup-${mode}-${round}.txt"
    timeout $((DURATION + 30)) wrk -t"${THREADS}" -c"${CONNECTIONS}" -d"${DURATION}s" --latency \
      -s perf/get-by-id.lua "${base}" >"${work}/measure-${mode}-${round}.txt"
    stop_service 30
    result=$(grep '^RESULT ' "${work}/measure-${mode}-${round}.txt") || fail "wrk printed no RESULT line"
    failed=$(sed -E 's/.* failed=([0-9]+).*/\1/' <<<"${result}")
    ((failed == 0)) || fail "${failed} requests failed in round ${round} (${mode})"
    rps=$(sed -E 's/.* requests_per_second=([0-9]+).*/\1/' <<<"${result}")
    p99=$(sed -E 's/.* p99_ms=([0-9.]+).*/\1/' <<<"${result}")
    echo "resilience ${mode}, round ${round}: ${rps} requests/s, p99 ${p99} ms (load $(cut -d ' ' -f 1 /proc/loadavg))"
    throughputs[${mode}]+=" ${rps}"
    p99s[${mode}]+=" ${p99}"
  done
done
for mode in on off; do
  # shellcheck disable=SC2086 # word splitting of the collected numbers is intended
  echo "MEDIAN resilience ${mode}: $(median ${throughputs[${mode}]}) requests/s, p99 $(median ${p99s[${mode}]}) ms"
done
echo "report: ${report}"

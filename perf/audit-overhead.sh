#!/usr/bin/env bash
# What the audit trail costs a change: POST /api/v1/orders against PostgreSQL with auditing on
# (the default: an audit entry chained in each order's transaction) and off (AUDIT_ENABLED=false),
# both services running at once on one database, measured in turns (on off on off ...) so that
# whatever else the machine does weighs on each alike. One tenant (the demo token's): every order
# joins the same chain, the worst case for the per-tenant ordering of appends. Prints every
# reading, the medians and on / off.
#
#   perf/audit-overhead.sh                               # warm-up 20 s, 3 rounds of 20 s
#   WARMUP=10 ROUNDS=1 DURATION=10 perf/audit-overhead.sh
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
# shellcheck source=perf/lib/service.sh
source perf/lib/service.sh

readonly JAR=${JAR:-bootstrap/target/orders-service.jar}
readonly WARMUP=${WARMUP:-20}
readonly ROUNDS=${ROUNDS:-3}
readonly DURATION=${DURATION:-20}
readonly THREADS=${THREADS:-2}
readonly CONNECTIONS=${CONNECTIONS:-32}
readonly POOL_SIZE=${DATABASE_POOL_SIZE:-10}
readonly PGHOST=${PGHOST:-127.0.0.1}
readonly PGPORT=${PGPORT:-5432}
readonly PGUSER=${PGUSER:-postgres}
readonly DATABASE=orders_perf_audit
readonly MODES="on off"
export PGHOST PGPORT PGUSER

require_jar "${JAR}"
require_postgres wrk

work="$(pwd)/perf/results/audit-overhead-$(date -u +%Y%m%dT%H%M%SZ)"
mkdir -p "${work}"
report="${work}/report.txt"
declare -A PID PORT TOKEN

cleanup() {
  local mode
  for mode in "${!PID[@]}"; do
    SERVICE_PID=${PID[${mode}]}
    stop_service 30
  done
  drop_database "${DATABASE}" || echo "audit-overhead.sh: could not drop database ${DATABASE}; drop it by hand" >&2
  finish_output_copy
}
trap cleanup EXIT
copy_output_to "${report}"

drop_database "${DATABASE}"
psql -q -d postgres -c "CREATE DATABASE ${DATABASE}" >/dev/null
database_settings=("DATABASE_URL=jdbc:postgresql://${PGHOST}:${PGPORT}/${DATABASE}" "DATABASE_USER=${PGUSER}"
  "DATABASE_POOL_SIZE=${POOL_SIZE}" DATABASE_MIGRATE_ON_START=false)
[[ -z "${PGPASSWORD:-}" ]] || database_settings+=("DATABASE_PASSWORD=${PGPASSWORD}")

echo "# POST /api/v1/orders, auditing on and off, $(date -u +%Y-%m-%dT%H:%M:%SZ)"
echo "# ${JAR} at commit $(git rev-parse --short HEAD 2>/dev/null || echo unknown), $("$(java_binary)" -version 2>&1 | head -n 1)"
echo "# $(nproc) CPUs; PostgreSQL $(psql -Atqc 'SHOW server_version' -d postgres); load average $(cut -d ' ' -f 1-3 /proc/loadavg)"
echo "# pool ${POOL_SIZE}; warm-up ${WARMUP}s per mode; ${ROUNDS} rounds of wrk -t${THREADS} -c${CONNECTIONS} -d${DURATION}s"

run_command "${work}/migrate.log" "${JAR}" "${database_settings[@]}" -- migrate

# rate limits off in both: 32 connections of one token would meet 429s at once (ADR 0029)
for mode in ${MODES}; do
  port=$(free_port)
  enabled=$([[ "${mode}" == on ]] && echo true || echo false)
  start_service "${work}/${mode}.log" "${JAR}" APP_ENV=development "PORT=${port}" LOG_LEVEL=info \
    "${database_settings[@]}" "AUDIT_ENABLED=${enabled}" RATE_LIMIT_ENABLED=false -- serve
  PID[${mode}]=${SERVICE_PID}
  PORT[${mode}]=${port}
  wait_until_ready "${port}" 60 "${work}/${mode}.log"
  TOKEN[${mode}]=$(demo_token "${work}/${mode}.log")
done

load() {
  local mode=$1 seconds=$2 output=$3
  shift 3
  TOKEN="${TOKEN[${mode}]}" timeout $((seconds + 30)) wrk -t"${THREADS}" -c"${CONNECTIONS}" \
    -d"${seconds}s" "$@" -s perf/create-order.lua "http://127.0.0.1:${PORT[${mode}]}" >"${output}"
}
field() { sed -E "s/.* $1=([0-9.]+).*/\\1/" <<<"$2"; }

if ((WARMUP > 0)); then
  for mode in ${MODES}; do
    echo "warming up auditing ${mode} for ${WARMUP}s"
    load "${mode}" "${WARMUP}" "${work}/warmup-${mode}.txt"
  done
fi

declare -A RPS P50 P99
for ((round = 1; round <= ROUNDS; round++)); do
  for mode in ${MODES}; do
    load "${mode}" "${DURATION}" "${work}/round${round}-${mode}.txt" --latency
    result=$(grep '^RESULT ' "${work}/round${round}-${mode}.txt") || fail "wrk printed no RESULT line"
    failed=$(field failed "${result}")
    ((failed == 0)) || fail "auditing ${mode}: ${failed} requests failed (non-2xx or socket errors)"
    RPS[${mode}]+="$(field requests_per_second "${result}") "
    P50[${mode}]+="$(field p50_ms "${result}") "
    P99[${mode}]+="$(field p99_ms "${result}") "
    printf 'round %d auditing %-3s %6s requests/s  p50 %6s ms  p99 %6s ms  (load %s)\n' "${round}" \
      "${mode}" "$(field requests_per_second "${result}")" "$(field p50_ms "${result}")" \
      "$(field p99_ms "${result}")" "$(cut -d ' ' -f 1 /proc/loadavg)"
  done
done

echo "medians over ${ROUNDS} rounds:"
declare -A MEDIAN
for mode in ${MODES}; do
  # shellcheck disable=SC2086 # the lists are space-separated numbers
  MEDIAN[${mode}]=$(median ${RPS[${mode}]})
  # shellcheck disable=SC2086
  printf 'auditing %-3s %6.0f requests/s  p50 %6s ms  p99 %6s ms\n' "${mode}" "${MEDIAN[${mode}]}" \
    "$(median ${P50[${mode}]})" "$(median ${P99[${mode}]})"
done
echo "audit entries written: $(psql -Atqc 'SELECT count(*) FROM audit_events' -d "${DATABASE}")"
awk -v a="${MEDIAN[on]}" -v b="${MEDIAN[off]}" 'BEGIN { printf "on / off: %.1f%%\n", 100 * a / b }'
echo "report: ${report}"

#!/usr/bin/env bash
# What tenant isolation by row-level security (ADR 0028), rate limits and the audit trail cost:
# authenticated GET /api/v1/orders/{id} and POST /api/v1/orders (each with an Idempotency-Key of
# its own) on PostgreSQL, with the three off and on, in turns (off on off on ...) in one run:
#   off  without BASELINE_JAR: JAR itself with the three switched off (the combined bar of
#        issue 8): connected as the superuser PGUSER, whom PostgreSQL exempts from every policy,
#        RATE_LIMIT_ENABLED=false, AUDIT_ENABLED=false;
#        with BASELINE_JAR: that build (e.g. one from before row-level security), connected as
#        the superuser PGUSER, as the service used to be run
#   on   JAR, connected as orders_service (owns nothing, bound by the policies), migrated as
#        orders_owner: the roles of db/roles.sql, set up here; rate limits (budgets too large to
#        reject) and the audit trail on
# Each variant has a database of its own (orders_perf_rls_off, orders_perf_rls_on) with ORDERS
# orders; each is warmed up for WARMUP seconds per route, then every round runs
# `wrk -t2 -c32 -d${DURATION}s` once per variant and route. Prints each reading, the medians and
# on/off. The report goes to perf/results/. Builds nothing: build the jar(s) first, e.g.
#   ./mvnw -B -q -DskipTests package && perf/rls-overhead.sh       # the three on vs off
#   ROUNDS=1 WARMUP=10 perf/rls-overhead.sh                        # quickly
#   ROUTES=post VARIANTS=on perf/rls-overhead.sh                   # a part (ROUTES, VARIANTS)
#   git worktree add --detach /tmp/baseline <commit before RLS> && (cd /tmp/baseline &&
#     ./mvnw -B -q -DskipTests package)
#   BASELINE_JAR=/tmp/baseline/bootstrap/target/orders-service.jar perf/rls-overhead.sh
# Each reading also gives the CPU time per request of the loaded service and of PostgreSQL.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
# shellcheck source=perf/lib/service.sh
source perf/lib/service.sh

readonly JAR=${JAR:-bootstrap/target/orders-service.jar}
readonly BASELINE_JAR=${BASELINE_JAR:-}
readonly WARMUP=${WARMUP:-20}
readonly ROUNDS=${ROUNDS:-3}
readonly DURATION=${DURATION:-15}
readonly THREADS=${THREADS:-2}
readonly CONNECTIONS=${CONNECTIONS:-32}
readonly ORDERS=${ORDERS:-1000}
readonly POOL_SIZE=${DATABASE_POOL_SIZE:-10}
readonly PGHOST=${PGHOST:-127.0.0.1}
readonly PGPORT=${PGPORT:-5432}
readonly PGUSER=${PGUSER:-postgres}
readonly VARIANTS=${VARIANTS:-off on}
readonly ROUTES=${ROUTES:-get post}
export PGHOST PGPORT PGUSER

require_jar "${JAR}"
[[ -z "${BASELINE_JAR}" ]] || require_jar "${BASELINE_JAR}"
require_postgres wrk

work="$(pwd)/perf/results/rls-overhead-$(date -u +%Y%m%dT%H%M%SZ)"
mkdir -p "${work}"
report="${work}/report.txt"
declare -A PID PORT TOKEN SETTINGS
cleanup() {
  local variant
  for variant in "${!PID[@]}"; do
    SERVICE_PID=${PID[${variant}]}
    stop_service 30
  done
  for variant in ${VARIANTS}; do
    drop_database "orders_perf_rls_${variant}" || echo "could not drop orders_perf_rls_${variant}" >&2
  done
  finish_output_copy
}
trap cleanup EXIT
copy_output_to "${report}"

echo "# off (${BASELINE_JAR:-the same jar, the three switched off}) vs on (${JAR} at commit $(git rev-parse --short HEAD 2>/dev/null || echo unknown)), $(date -u +%Y-%m-%dT%H:%M:%SZ)"
echo "# $(nproc) CPUs; PostgreSQL $(psql -Atqc 'SHOW server_version' -d postgres); load average $(cut -d ' ' -f 1-3 /proc/loadavg)"
echo "# pool ${POOL_SIZE}; ${ORDERS} orders; warm-up ${WARMUP}s per variant and route; ${ROUNDS} rounds of wrk -t${THREADS} -c${CONNECTIONS} -d${DURATION}s"

psql -q -v ON_ERROR_STOP=1 -d postgres -f adapters-persistence/src/main/resources/db/roles.sql
for variant in ${VARIANTS}; do drop_database "orders_perf_rls_${variant}"; done
psql -q -d postgres -c "CREATE DATABASE orders_perf_rls_off" >/dev/null
psql -q -d postgres -c "CREATE DATABASE orders_perf_rls_on OWNER orders_owner" >/dev/null
url="jdbc:postgresql://${PGHOST}:${PGPORT}"
SETTINGS[off]="DATABASE_URL=${url}/orders_perf_rls_off DATABASE_USER=${PGUSER}"
SETTINGS[on]="DATABASE_URL=${url}/orders_perf_rls_on DATABASE_USER=orders_service DATABASE_MIGRATION_USER=orders_owner"
# rate limits and the audit trail on, with budgets no run can exhaust
SETTINGS[on]+=" RATE_LIMIT_ENABLED=true AUDIT_ENABLED=true"
SETTINGS[on]+=" RATE_LIMIT_READ=1000000000/1m RATE_LIMIT_READ_TENANT=1000000000/1m"
SETTINGS[on]+=" RATE_LIMIT_WRITE=1000000000/1m RATE_LIMIT_WRITE_TENANT=1000000000/1m"
[[ -n "${BASELINE_JAR}" ]] || SETTINGS[off]+=" RATE_LIMIT_ENABLED=false AUDIT_ENABLED=false"
[[ -z "${PGPASSWORD:-}" ]] || fail "the roles of db/roles.sql have no password here: run against a server that trusts loopback"

for variant in ${VARIANTS}; do
  jar=$([[ "${variant}" == on || -z "${BASELINE_JAR}" ]] && echo "${JAR}" || echo "${BASELINE_JAR}")
  # shellcheck disable=SC2086 # the settings are space-separated NAME=value words
  run_command "${work}/migrate-${variant}.log" "${jar}" ${SETTINGS[${variant}]} -- migrate
  port=$(free_port)
  # shellcheck disable=SC2086
  start_service "${work}/${variant}.log" "${jar}" APP_ENV=development "PORT=${port}" LOG_LEVEL=info \
    ${SETTINGS[${variant}]} "DATABASE_POOL_SIZE=${POOL_SIZE}" DATABASE_MIGRATE_ON_START=false -- serve
  PID[${variant}]=${SERVICE_PID}
  PORT[${variant}]=${port}
  wait_until_ready "${port}" 60 "${work}/${variant}.log"
  TOKEN[${variant}]=$(demo_token "${work}/${variant}.log")
  mkdir -p "${work}/${variant}"
  echo "creating ${ORDERS} orders (${variant})"
  create_orders "http://127.0.0.1:${port}" "${TOKEN[${variant}]}" "${ORDERS}" "${work}/${variant}"
done
grep -q 'INSECURE DATABASE ROLE' "${work}/on.log" && fail "the 'on' service warned about its role: ${work}/on.log"

# Usage: load VARIANT ROUTE SECONDS OUTPUT [--latency]
load() {
  local variant=$1 route=$2 seconds=$3 output=$4
  shift 4
  local script=$([[ "${route}" == get ]] && echo perf/get-by-id.lua || echo perf/create-order.lua)
  IDS_FILE="${work}/${variant}/ids.txt" TOKEN="${TOKEN[${variant}]}" \
    timeout $((seconds + 30)) wrk -t"${THREADS}" -c"${CONNECTIONS}" -d"${seconds}s" "$@" \
    -s "${script}" "http://127.0.0.1:${PORT[${variant}]}" >"${output}"
}
field() { sed -E "s/.* $1=([0-9.]+).*/\\1/" <<<"$2"; }

if ((WARMUP > 0)); then
  for route in ${ROUTES}; do
    for variant in ${VARIANTS}; do
      echo "warming up ${variant} ${route} for ${WARMUP}s"
      load "${variant}" "${route}" "${WARMUP}" "${work}/warmup-${variant}-${route}.txt"
    done
  done
fi

declare -A RPS P99 CPU PGCPU
for ((round = 1; round <= ROUNDS; round++)); do
  for route in ${ROUTES}; do
    for variant in ${VARIANTS}; do
      output="${work}/round${round}-${variant}-${route}.txt"
      ticks=$(cpu_ticks "${PID[${variant}]}")
      pg_ticks=$(postgres_ticks)
      load "${variant}" "${route}" "${DURATION}" "${output}" --latency
      ticks=$(($(cpu_ticks "${PID[${variant}]}") - ticks))
      pg_ticks=$(($(postgres_ticks) - pg_ticks))
      result=$(grep '^RESULT ' "${output}") || fail "wrk printed no RESULT line: ${output}"
      (($(field failed "${result}") == 0)) || fail "${variant} ${route}: requests failed: ${output}"
      RPS[${variant}-${route}]+="$(field requests_per_second "${result}") "
      P99[${variant}-${route}]+="$(field p99_ms "${result}") "
      # CPU per request, the service's and PostgreSQL's (one variant is loaded at a time): far steadier than throughput
      cpu=$(per_request "${ticks}" "$(field requests "${result}")")
      pg_cpu=$(per_request "${pg_ticks}" "$(field requests "${result}")")
      CPU[${variant}-${route}]+="${cpu} "
      PGCPU[${variant}-${route}]+="${pg_cpu} "
      printf 'round %d %-4s %-3s %7s requests/s  p99 %6s ms  CPU/request: service %5s us, PostgreSQL %5s us  (load %s)\n' \
        "${round}" "${route}" "${variant}" "$(field requests_per_second "${result}")" \
        "$(field p99_ms "${result}")" "${cpu}" "${pg_cpu}" "$(cut -d ' ' -f 1 /proc/loadavg)"
    done
  done
done

echo "medians over ${ROUNDS} rounds:"
for route in ${ROUTES}; do
  declare -A MEDIAN=()
  for variant in ${VARIANTS}; do
    # shellcheck disable=SC2086
    MEDIAN[${variant}]=$(median ${RPS[${variant}-${route}]})
    # shellcheck disable=SC2086
    printf '%-4s RLS %-3s %7.0f requests/s  p99 %6s ms  CPU/request: service %s us, PostgreSQL %s us  each round: %s\n' \
      "${route}" "${variant}" "${MEDIAN[${variant}]}" "$(median ${P99[${variant}-${route}]})" \
      "$(median ${CPU[${variant}-${route}]})" "$(median ${PGCPU[${variant}-${route}]})" \
      "${RPS[${variant}-${route}]}"
  done
  [[ -n "${MEDIAN[on]:-}" && -n "${MEDIAN[off]:-}" ]] || continue
  awk -v on="${MEDIAN[on]}" -v off="${MEDIAN[off]}" -v route="${route}" \
    'BEGIN { printf "%s: RLS on / off = %.1f%%\n", route, 100 * on / off }'
done
echo "report: ${report}"

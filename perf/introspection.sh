#!/usr/bin/env bash
# Introspection mode with a warm cache against local JWT verification, in one run:
#   jwt            AUTH_MODE=jwt, a signed JWT checked against the JWKS (fetched once)
#   introspection  AUTH_MODE=introspection, an opaque token introspected once, then served from
#                  the caches (Redis, and each instance's memory in front of it)
# Both on PostgreSQL and Redis (so both read orders through the Redis order cache), trusting one
# authorization server (perf/lib/BenchAuthorizationServer.java: JWKS and RFC 7662 endpoint).
# Creates ORDERS orders, warms each variant up for WARMUP seconds, then runs
# `wrk -t2 -c32 -d20s --latency` ROUNDS times per variant, interleaved (jwt introspection jwt
# ...), over ids picked at random. Prints each run, the medians, their ratio, and how many
# introspection calls the whole run cost. Stops everything and drops the database on exit.
#
#   flock /tmp/orders-bench.lock perf/introspection.sh          # WARMUP=30 ROUNDS=3 ORDERS=1000
#   WARMUP=10 ROUNDS=1 perf/introspection.sh       # quickly
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
# shellcheck source=perf/lib/service.sh
source perf/lib/service.sh

readonly JAR=${JAR:-bootstrap/target/orders-service.jar}
readonly VARIANTS="jwt introspection"
readonly WARMUP=${WARMUP:-30}
readonly ROUNDS=${ROUNDS:-3}
readonly DURATION=${DURATION:-20}
readonly THREADS=${THREADS:-2}
readonly CONNECTIONS=${CONNECTIONS:-32}
readonly ORDERS=${ORDERS:-1000}
readonly DATABASE=orders_perf_introspection
export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}

require_jar "${JAR}"
require_postgres wrk redis-server redis-cli

work="$(pwd)/perf/results/introspection-$(date -u +%Y%m%dT%H%M%SZ)"
mkdir -p "${work}"
report="${work}/report.txt"
declare -A PID PORT TOKEN
redis_port=$(free_port)
auth_port=$(free_port)
auth_pid=""

cleanup() {
  local variant
  for variant in "${!PID[@]}"; do
    SERVICE_PID=${PID[${variant}]}
    stop_service 30
  done
  [[ -z "${auth_pid}" ]] || kill "${auth_pid}" 2>/dev/null || true
  redis-cli -p "${redis_port}" shutdown nosave >/dev/null 2>&1 || true
  drop_database "${DATABASE}" || echo "introspection.sh: could not drop database ${DATABASE}" >&2
  finish_output_copy
}
trap cleanup EXIT
copy_output_to "${report}"

drop_database "${DATABASE}"
psql -q -d postgres -c "CREATE DATABASE ${DATABASE}" >/dev/null
database_settings=("DATABASE_URL=jdbc:postgresql://${PGHOST}:${PGPORT}/${DATABASE}" "DATABASE_USER=${PGUSER}"
  DATABASE_MIGRATE_ON_START=false)
[[ -z "${PGPASSWORD:-}" ]] || database_settings+=("DATABASE_PASSWORD=${PGPASSWORD}")

echo "# GET /api/v1/orders/{id}: local JWT against introspection (warm cache), $(date -u +%Y-%m-%dT%H:%M:%SZ)"
echo "# ${JAR} at commit $(git rev-parse --short HEAD 2>/dev/null || echo unknown); $(nproc) CPUs; load average $(cut -d ' ' -f 1-3 /proc/loadavg)"
echo "# ${ORDERS} orders; warm-up ${WARMUP}s per variant; ${ROUNDS} rounds of wrk -t${THREADS} -c${CONNECTIONS} -d${DURATION}s"

run_command "${work}/migrate.log" "${JAR}" "${database_settings[@]}" -- migrate
redis-server --port "${redis_port}" --bind 127.0.0.1 --save "" --appendonly no \
  --daemonize yes --pidfile "${work}/redis.pid" --logfile "${work}/redis.log"

"$(java_binary)" -cp "${JAR}" perf/lib/BenchAuthorizationServer.java "${auth_port}" perf \
  >"${work}/authorization-server.log" 2>&1 &
auth_pid=$!
for _ in {1..300}; do
  grep -q '^ISSUER=' "${work}/authorization-server.log" && break
  pause 0.1
done
line=$(grep '^ISSUER=' "${work}/authorization-server.log") \
  || fail "the authorization server did not start: ${work}/authorization-server.log"
issuer=$(sed -E 's/^ISSUER=([^ ]+) .*/\1/' <<<"${line}")
TOKEN[jwt]=$(sed -E 's/.* JWT=([^ ]+) .*/\1/' <<<"${line}")
TOKEN[introspection]=$(sed -E 's/.* OPAQUE=([^ ]+)$/\1/' <<<"${line}")
introspections() { curl -fsS "${issuer}/calls"; }

common=(APP_ENV=development LOG_LEVEL=info "${database_settings[@]}" "AUTH_ISSUER=${issuer}"
  "REDIS_URL=redis://127.0.0.1:${redis_port}/0"
  # 32 connections of one caller would meet 429s at once (ADR 0029); authentication is measured
  RATE_LIMIT_ENABLED=false)
for variant in ${VARIANTS}; do
  PORT[${variant}]=$(free_port)
  case "${variant}" in
    jwt) settings=(AUTH_MODE=jwt "AUTH_JWKS_URI=${issuer}/jwks") ;;
    introspection) settings=(AUTH_MODE=introspection "AUTH_INTROSPECTION_URI=${issuer}/introspect"
      AUTH_INTROSPECTION_CLIENT_ID=bench AUTH_INTROSPECTION_CLIENT_SECRET=bench-secret) ;;
  esac
  start_service "${work}/${variant}.log" "${JAR}" "PORT=${PORT[${variant}]}" "${common[@]}" \
    "${settings[@]}" -- serve
  PID[${variant}]=${SERVICE_PID}
  wait_until_ready "${PORT[${variant}]}" 60 "${work}/${variant}.log"
done

echo "creating ${ORDERS} orders"
create_orders "http://127.0.0.1:${PORT[jwt]}" "${TOKEN[jwt]}" "${ORDERS}" "${work}"

load() {
  local variant=$1 seconds=$2 output=$3
  shift 3
  IDS_FILE="${work}/ids.txt" TOKEN="${TOKEN[${variant}]}" \
    timeout $((seconds + 30)) wrk -t"${THREADS}" -c"${CONNECTIONS}" -d"${seconds}s" "$@" \
    -s perf/get-by-id.lua "http://127.0.0.1:${PORT[${variant}]}" >"${output}"
}
field() { sed -E "s/.* $1=([0-9.]+).*/\\1/" <<<"$2"; }

for variant in ${VARIANTS}; do
  echo "warming up ${variant} for ${WARMUP}s"
  load "${variant}" "${WARMUP}" "${work}/warmup-${variant}.txt"
done
calls_after_warmup=$(introspections)

declare -A RPS P50 P99
for ((round = 1; round <= ROUNDS; round++)); do
  for variant in ${VARIANTS}; do
    load "${variant}" "${DURATION}" "${work}/round${round}-${variant}.txt" --latency
    result=$(grep '^RESULT ' "${work}/round${round}-${variant}.txt") || fail "wrk printed no RESULT line"
    (($(field failed "${result}") == 0)) || fail "${variant}: $(field failed "${result}") requests failed"
    RPS[${variant}]+="$(field requests_per_second "${result}") "
    P50[${variant}]+="$(field p50_ms "${result}") "
    P99[${variant}]+="$(field p99_ms "${result}") "
    printf 'round %d %-13s %7s requests/s  p50 %6s ms  p99 %6s ms  (load %s)\n' "${round}" "${variant}" \
      "$(field requests_per_second "${result}")" "$(field p50_ms "${result}")" \
      "$(field p99_ms "${result}")" "$(cut -d ' ' -f 1 /proc/loadavg)"
  done
done

echo "medians over ${ROUNDS} rounds:"
declare -A MEDIAN
for variant in ${VARIANTS}; do
  # shellcheck disable=SC2086 # the lists are space-separated numbers
  MEDIAN[${variant}]=$(median ${RPS[${variant}]})
  # shellcheck disable=SC2086
  printf '%-13s %7.0f requests/s  p50 %6s ms  p99 %6s ms\n' "${variant}" "${MEDIAN[${variant}]}" \
    "$(median ${P50[${variant}]})" "$(median ${P99[${variant}]})"
done
awk -v a="${MEDIAN[introspection]}" -v b="${MEDIAN[jwt]}" \
  'BEGIN { printf "introspection / jwt: %.1f%%\n", 100 * a / b }'
echo "introspection calls: ${calls_after_warmup} by the end of the warm-up, $(introspections) by the end of the run"
echo "report: ${report}"

#!/usr/bin/env bash
# Throughput and latency of GET /api/v1/orders/{id} against PostgreSQL, measured with wrk.
# Creates a fresh database (orders_perf), migrates it, starts the service with the demo token
# issuer and the real database, creates ORDERS orders through the API, warms up for WARMUP
# seconds, then measures `wrk -t2 -c32 -d20s --latency` over ids picked at random. Prints
# requests/s, p50 and p99; the report goes to perf/results/. Stops the service and drops the
# database on exit. Builds nothing; loopback only; each step is bounded in time.
#
#   perf/get-by-id.sh                       # WARMUP=60 ORDERS=1000 by default
#   WARMUP=10 ORDERS=200 perf/get-by-id.sh  # a quick run
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
# shellcheck source=perf/lib/service.sh
source perf/lib/service.sh

readonly JAR=${JAR:-bootstrap/target/orders-service.jar}
readonly WARMUP=${WARMUP:-60}
readonly DURATION=${DURATION:-20}
readonly THREADS=${THREADS:-2}
readonly CONNECTIONS=${CONNECTIONS:-32}
readonly ORDERS=${ORDERS:-1000}
readonly POOL_SIZE=${DATABASE_POOL_SIZE:-10}
readonly PGHOST=${PGHOST:-127.0.0.1}
readonly PGPORT=${PGPORT:-5432}
readonly PGUSER=${PGUSER:-postgres}
readonly DATABASE=orders_perf
export PGHOST PGPORT PGUSER

require_jar "${JAR}"
if ! command -v wrk >/dev/null; then
  ((EUID == 0)) || fail "wrk is missing: sudo apt-get install -y wrk"
  echo "installing wrk (Debian package)"
  apt-get install -y -q wrk >/dev/null
fi
require_postgres

# One folder per run: the report and the service's logs, kept for a look after a failure.
work="perf/results/get-by-id-$(date -u +%Y%m%dT%H%M%SZ)"
mkdir -p "${work}"
report="${work}/report.txt"
cleanup() {
  stop_service 30
  drop_database "${DATABASE}" || echo "get-by-id.sh: could not drop database ${DATABASE}; drop it by hand" >&2
  finish_output_copy
}
trap cleanup EXIT
copy_output_to "${report}"

drop_database "${DATABASE}"
psql -q -d postgres -c "CREATE DATABASE ${DATABASE}" >/dev/null
database_settings=("DATABASE_URL=jdbc:postgresql://${PGHOST}:${PGPORT}/${DATABASE}" "DATABASE_USER=${PGUSER}")
[[ -z "${PGPASSWORD:-}" ]] || database_settings+=("DATABASE_PASSWORD=${PGPASSWORD}")

echo "# GET /api/v1/orders/{id}, $(date -u +%Y-%m-%dT%H:%M:%SZ)"
echo "# commit $(git rev-parse --short HEAD 2>/dev/null || echo unknown), $("$(java_binary)" -version 2>&1 | head -n 1)"
echo "# $(nproc) CPUs; PostgreSQL $(psql -Atqc 'SHOW server_version' -d postgres) on ${PGHOST}:${PGPORT}; load average $(cut -d ' ' -f 1-3 /proc/loadavg)"
echo "# pool ${POOL_SIZE}; ${ORDERS} orders; warm-up ${WARMUP}s; wrk -t${THREADS} -c${CONNECTIONS} -d${DURATION}s"

run_command "${work}/migrate.log" "${JAR}" "${database_settings[@]}" -- migrate
port=$(free_port)
# The demo token issuer (AUTH_ISSUER unset) with the real database: no OIDC server needed.
start_service "${work}/service.log" "${JAR}" APP_ENV=development "PORT=${port}" LOG_LEVEL=info \
  "${database_settings[@]}" "DATABASE_POOL_SIZE=${POOL_SIZE}" DATABASE_MIGRATE_ON_START=false \
  "RESILIENCE_ENABLED=${RESILIENCE_ENABLED:-true}" -- serve
wait_until_ready "${port}" 60 "${work}/service.log"
token=$(demo_token "${work}/service.log")
base="http://127.0.0.1:${port}"

echo "creating ${ORDERS} orders"
create_orders "${base}" "${token}" "${ORDERS}" "${work}"
first_id=$(head -n 1 "${work}/ids.txt")
status=$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer ${token}" "${base}/api/v1/orders/${first_id}")
[[ "${status}" == "200" ]] || fail "GET of a created order answered ${status}"

export IDS_FILE="${work}/ids.txt" TOKEN="${token}"
if ((WARMUP > 0)); then
  echo "warming up for ${WARMUP}s"
  timeout $((WARMUP + 30)) wrk -t"${THREADS}" -c"${CONNECTIONS}" -d"${WARMUP}s" \
    -s perf/get-by-id.lua "${base}" >"${work}/warmup.txt"
fi
echo "measuring for ${DURATION}s"
timeout $((DURATION + 30)) wrk -t"${THREADS}" -c"${CONNECTIONS}" -d"${DURATION}s" --latency \
  -s perf/get-by-id.lua "${base}" | tee "${work}/measure.txt"

result=$(grep '^RESULT ' "${work}/measure.txt") || fail "wrk printed no RESULT line"
failed=$(sed -E 's/.* failed=([0-9]+).*/\1/' <<<"${result}")
rps=$(sed -E 's/.* requests_per_second=([0-9]+).*/\1/' <<<"${result}")
p50=$(sed -E 's/.* p50_ms=([0-9.]+).*/\1/' <<<"${result}")
p99=$(sed -E 's/.* p99_ms=([0-9.]+).*/\1/' <<<"${result}")
echo "GET /api/v1/orders/{id}: ${rps} requests/s, p50 ${p50} ms, p99 ${p99} ms," \
  "RSS after the run $(service_rss_mib) MiB"
((failed == 0)) || fail "${failed} requests failed (non-2xx or socket errors)"
echo "report: ${report}"

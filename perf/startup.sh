#!/usr/bin/env bash
# Start-up time and memory of the service jar: RUNS launches (default 5) in demo mode, and as
# many against PostgreSQL when DATABASE_URL is given. Each run measures JVM launch -> first 200
# from /health/ready, and the resident set size right after. Prints every run and the medians;
# the report also goes to perf/results/. Builds nothing; loopback only; each wait is bounded.
#
#   perf/startup.sh
#   psql -h 127.0.0.1 -U postgres -c "CREATE DATABASE orders_startup"   # the service migrates it
#   DATABASE_URL=jdbc:postgresql://127.0.0.1:5432/orders_startup DATABASE_USER=postgres perf/startup.sh
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
# shellcheck source=perf/lib/service.sh
source perf/lib/service.sh

readonly JAR=${JAR:-bootstrap/target/orders-service.jar}
readonly RUNS=${RUNS:-5}
readonly START_TIMEOUT_SECONDS=60
readonly DB_URL=${DATABASE_URL:-}
readonly DB_USER=${DATABASE_USER:-postgres}
readonly DB_PASSWORD=${DATABASE_PASSWORD:-}

require_jar "${JAR}"
# One folder per run: the report and the service's logs, kept for a look after a failure.
work="perf/results/startup-$(date -u +%Y%m%dT%H%M%SZ)"
mkdir -p "${work}"
report="${work}/report.txt"
trap 'stop_service 30; finish_output_copy' EXIT
copy_output_to "${report}"

# Usage: measure MODE [NAME=value...]
# Runs the service RUNS times with those settings; prints one line per run and the medians.
measure() {
  local mode=$1
  shift
  local -a millis=() rss=()
  local run port log started ready
  for ((run = 1; run <= RUNS; run++)); do
    port=$(free_port)
    log="${work}/${mode}-${run}.log"
    started=$(date +%s%N)
    start_service "${log}" "${JAR}" "$@" "PORT=${port}" LOG_LEVEL=warn -- serve
    wait_until_ready "${port}" "${START_TIMEOUT_SECONDS}" "${log}"
    ready=$(date +%s%N)
    millis+=($(((ready - started) / 1000000)))
    rss+=("$(service_rss_mib)")
    stop_service 30
    printf '%-9s run %d: ready after %5d ms, RSS %4d MiB\n' "${mode}" "${run}" "${millis[-1]}" "${rss[-1]}"
  done
  printf '%-9s MEDIAN: ready after %5s ms, RSS %4s MiB (%d runs)\n' \
    "${mode}" "$(median "${millis[@]}")" "$(median "${rss[@]}")" "${RUNS}"
}

echo "# orders-service start-up, $(date -u +%Y-%m-%dT%H:%M:%SZ)"
echo "# commit $(git rev-parse --short HEAD 2>/dev/null || echo unknown), $("$(java_binary)" -version 2>&1 | head -n 1)"
echo "# $(nproc) CPUs, jar ${JAR}, JVM defaults (no JAVA_TOOL_OPTIONS from the image); load average $(cut -d ' ' -f 1-3 /proc/loadavg)"
measure demo APP_ENV=development
if [[ -n "${DB_URL}" ]]; then
  # Pending migrations are applied by the first run; later runs only validate the schema.
  postgres_settings=(APP_ENV=development "DATABASE_URL=${DB_URL}" "DATABASE_USER=${DB_USER}")
  [[ -z "${DB_PASSWORD}" ]] || postgres_settings+=("DATABASE_PASSWORD=${DB_PASSWORD}")
  measure postgres "${postgres_settings[@]}"
fi
echo "report: ${report}"

#!/usr/bin/env bash
# What clients see while PostgreSQL is cut, and how long the service takes to recover once it is
# back, with the resilience guards on (the default) and off (RESILIENCE_ENABLED=false, the
# service as it was before them), side by side in one run. For each mode: starts the service
# (demo token issuer) on a fresh database reached through the test suite's FaultyProxy, creates
# one order, cuts the proxy (every connection closed, new ones refused), runs
# `wrk -t1 -c5 -d10s` of GET /api/v1/orders/{id} against it, times one /health/ready, then
# restores the proxy and times the first 200 of the GET. Loopback only; every wait is bounded.
#
#   perf/database-outage.sh                  # MODES="on off" ROUNDS=1
#   ROUNDS=3 perf/database-outage.sh         # interleaved rounds: on off on off on off
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
# shellcheck source=perf/lib/service.sh
source perf/lib/service.sh

readonly JAR=${JAR:-bootstrap/target/orders-service.jar}
readonly PROXY_CLASSES=${PROXY_CLASSES:-test-support/target/classes}
readonly MODES=${MODES:-on off}
readonly ROUNDS=${ROUNDS:-1}
readonly DURATION=${DURATION:-10}
readonly CONNECTIONS=${CONNECTIONS:-5}
readonly RECOVERY_LIMIT=${RECOVERY_LIMIT:-30}
readonly PGHOST=${PGHOST:-127.0.0.1}
readonly PGPORT=${PGPORT:-5432}
readonly PGUSER=${PGUSER:-postgres}
readonly DATABASE=orders_outage
export PGHOST PGPORT PGUSER

require_jar "${JAR}"
[[ -d "${PROXY_CLASSES}" ]] || fail "${PROXY_CLASSES} not found: build it with ./mvnw -B -DskipTests package"
require_postgres wrk

work="perf/results/database-outage-$(date -u +%Y%m%dT%H%M%SZ)"
mkdir -p "${work}"
report="${work}/report.txt"
proxy_command() {
  echo "$1" >&"${PROXY[1]}"
  local answer
  read -r -t 10 answer <&"${PROXY[0]}" || fail "the proxy did not answer '$1'"
  [[ "${answer}" == "ok" ]] || fail "the proxy answered '${answer}' to '$1'"
}
cleanup() {
  stop_service 30
  if [[ -n "${PROXY_PID:-}" ]]; then
    proxy_input=${PROXY[1]}
    exec {proxy_input}>&- # end of input: the proxy closes and exits
    wait "${PROXY_PID}" 2>/dev/null || true
  fi
  drop_database "${DATABASE}" || echo "database-outage.sh: could not drop ${DATABASE}; drop it by hand" >&2
  finish_output_copy
}
trap cleanup EXIT
copy_output_to "${report}"

drop_database "${DATABASE}"
psql -q -d postgres -c "CREATE DATABASE ${DATABASE}" >/dev/null
direct=("DATABASE_URL=jdbc:postgresql://${PGHOST}:${PGPORT}/${DATABASE}" "DATABASE_USER=${PGUSER}")
run_command "${work}/migrate.log" "${JAR}" "${direct[@]}" -- migrate

coproc PROXY { "$(java_binary)" -cp "${PROXY_CLASSES}" perf/lib/FaultyProxyControl.java "${PGHOST}" "${PGPORT}"; }
read -r -t 30 proxy_port <&"${PROXY[0]}" || fail "the proxy did not start"
through_proxy=("DATABASE_URL=jdbc:postgresql://127.0.0.1:${proxy_port}/${DATABASE}" "DATABASE_USER=${PGUSER}")

echo "# PostgreSQL cut while ${CONNECTIONS} clients read, $(date -u +%Y-%m-%dT%H:%M:%SZ)"
echo "# commit $(git rev-parse --short HEAD 2>/dev/null || echo unknown), $("$(java_binary)" -version 2>&1 | head -n 1)"
echo "# $(nproc) CPUs; load average $(cut -d ' ' -f 1-3 /proc/loadavg); wrk -t1 -c${CONNECTIONS} -d${DURATION}s --timeout 10s"

declare -A p50s answers recoveries
for ((round = 1; round <= ROUNDS; round++)); do
  for mode in ${MODES}; do
    enabled=$([[ "${mode}" == on ]] && echo true || echo false)
    log="${work}/service-${mode}-${round}.log"
    port=$(free_port)
    start_service "${log}" "${JAR}" APP_ENV=development "PORT=${port}" LOG_LEVEL=info \
      "${through_proxy[@]}" DATABASE_MIGRATE_ON_START=false "RESILIENCE_ENABLED=${enabled}" -- serve
    wait_until_ready "${port}" 60 "${log}"
    token=$(demo_token "${log}")
    base="http://127.0.0.1:${port}"
    id=$(curl -sf --max-time 10 -H "Authorization: Bearer ${token}" -H 'Content-Type: application/json' \
      -d '{"customer":{"name":"Outage Probe","email":"probe@example.com"},"currency":"EUR","lines":[]}' \
      "${base}/api/v1/orders" | jq -r .id)
    echo "${id}" >"${work}/ids.txt"

    proxy_command cut
    IDS_FILE="${work}/ids.txt" TOKEN="${token}" timeout $((DURATION + 30)) \
      wrk -t1 -c"${CONNECTIONS}" -d"${DURATION}s" --timeout 10s --latency -s perf/get-by-id.lua "${base}" \
      >"${work}/wrk-${mode}-${round}.txt"
    result=$(grep '^RESULT ' "${work}/wrk-${mode}-${round}.txt") || fail "wrk printed no RESULT line"
    requests=$(sed -E 's/.* ?requests=([0-9]+).*/\1/' <<<"${result}")
    p50=$(sed -E 's/.* p50_ms=([0-9.]+).*/\1/' <<<"${result}")
    ready_ms=$(curl -s -o /dev/null -w '%{http_code} %{time_total}' --max-time 10 "${base}/health/ready" \
      | awk '{ printf "%s in %.0f ms", $1, $2 * 1000 }')

    proxy_command restore
    restored=${EPOCHREALTIME/./}
    status=000
    while [[ "${status}" != "200" ]]; do
      status=$(curl -s -o /dev/null -w '%{http_code}' --max-time 10 -H "Authorization: Bearer ${token}" \
        "${base}/api/v1/orders/${id}")
      (( (${EPOCHREALTIME/./} - restored) / 1000000 < RECOVERY_LIMIT )) || fail "no 200 within ${RECOVERY_LIMIT} s after the database returned"
      [[ "${status}" == "200" ]] || pause 0.02
    done
    recovery_ms=$(( (${EPOCHREALTIME/./} - restored) / 1000 ))
    stop_service 30

    echo "resilience ${mode}, round ${round}: p50 ${p50} ms, ${requests} answers in ${DURATION} s," \
      "readiness ${ready_ms}, first 200 ${recovery_ms} ms after the database returned"
    p50s[${mode}]+=" ${p50}"
    answers[${mode}]+=" ${requests}"
    recoveries[${mode}]+=" ${recovery_ms}"
  done
done
for mode in ${MODES}; do
  # shellcheck disable=SC2086 # word splitting of the collected numbers is intended
  echo "MEDIAN resilience ${mode}: p50 $(median ${p50s[${mode}]}) ms," \
    "$(median ${answers[${mode}]}) answers in ${DURATION} s, recovery $(median ${recoveries[${mode}]}) ms"
done
echo "report: ${report}"

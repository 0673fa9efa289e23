#!/usr/bin/env bash
# What a flood of refused requests leaves in the audit trail: one client sends GET
# /api/v1/orders/{id} with a token that is not a JWT (401 each) for DURATION seconds, to a service
# on PostgreSQL with repeats of a refusal folded (AUDIT_SECURITY_REPEAT_WINDOW, default 1m) and
# to one that records each (0s), one after the other on databases of their own. Prints for each
# the 401s served and the audit entries stored, and the service's security-event counters.
#
#   perf/refusal-flood.sh                  # 20 s per mode
#   DURATION=10 WINDOWS="1m" perf/refusal-flood.sh
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
# shellcheck source=perf/lib/service.sh
source perf/lib/service.sh

readonly JAR=${JAR:-bootstrap/target/orders-service.jar}
readonly DURATION=${DURATION:-20}
readonly WINDOWS=${WINDOWS:-1m 0s}
readonly THREADS=${THREADS:-2}
readonly CONNECTIONS=${CONNECTIONS:-32}
readonly PGHOST=${PGHOST:-127.0.0.1}
readonly PGPORT=${PGPORT:-5432}
readonly PGUSER=${PGUSER:-postgres}
readonly DATABASE=orders_perf_flood
export PGHOST PGPORT PGUSER

require_jar "${JAR}"
require_postgres wrk

work="$(pwd)/perf/results/refusal-flood-$(date -u +%Y%m%dT%H%M%SZ)"
mkdir -p "${work}"
report="${work}/report.txt"

cleanup() {
  [[ -z "${SERVICE_PID}" ]] || stop_service 30
  drop_database "${DATABASE}" || echo "refusal-flood.sh: could not drop database ${DATABASE}; drop it by hand" >&2
  finish_output_copy
}
trap cleanup EXIT
copy_output_to "${report}"

echo "# a flood of 401s and the audit trail, $(date -u +%Y-%m-%dT%H:%M:%SZ)"
echo "# ${JAR} at commit $(git rev-parse --short HEAD 2>/dev/null || echo unknown), $("$(java_binary)" -version 2>&1 | head -n 1)"
echo "# $(nproc) CPUs; wrk -t${THREADS} -c${CONNECTIONS} -d${DURATION}s per repeat window (${WINDOWS})"

for window in ${WINDOWS}; do
  drop_database "${DATABASE}"
  psql -q -d postgres -c "CREATE DATABASE ${DATABASE}" >/dev/null
  settings=("DATABASE_URL=jdbc:postgresql://${PGHOST}:${PGPORT}/${DATABASE}" "DATABASE_USER=${PGUSER}")
  [[ -z "${PGPASSWORD:-}" ]] || settings+=("DATABASE_PASSWORD=${PGPASSWORD}")
  port=$(free_port)
  # the client address's budget for failed authentications out of reach: every answer a 401
  start_service "${work}/service-${window}.log" "${JAR}" APP_ENV=development "PORT=${port}" \
    LOG_LEVEL=info "${settings[@]}" DATABASE_MIGRATE_ON_START=true \
    RATE_LIMIT_ANONYMOUS=1000000000/1m "AUDIT_SECURITY_REPEAT_WINDOW=${window}" -- serve
  wait_until_ready "${port}" 60 "${work}/service-${window}.log"
  url="http://127.0.0.1:${port}/api/v1/orders/00000000-0000-7000-8000-000000000001"
  timeout $((DURATION + 30)) wrk -t"${THREADS}" -c"${CONNECTIONS}" -d"${DURATION}s" \
    -H "Authorization: Bearer not-a-jwt" "${url}" >"${work}/wrk-${window}.txt"
  refused=$(sed -nE 's/^ *([0-9]+) requests in .*/\1/p' "${work}/wrk-${window}.txt")
  # once the writer has caught up (the queue empty), stop the service: it closes its windows
  for _ in $(seq 1 60); do
    queued=$(curl -fsS "http://127.0.0.1:${port}/metrics" | sed -nE 's/^orders_audit_security_events_queued ([0-9.]+)$/\1/p')
    [[ "${queued}" == "0.0" ]] && break
    sleep 1
  done
  counters=$(curl -fsS "http://127.0.0.1:${port}/metrics" | grep -E '^orders_audit_security_events_(written|dropped|folded)_total' | tr '\n' ' ')
  stop_service 30
  SERVICE_PID=""
  entries=$(psql -Atqc "SELECT count(*) FROM audit_events WHERE action = 'auth.unauthenticated'" -d "${DATABASE}")
  echo "repeat window ${window}: ${refused} requests refused, ${entries} audit entries stored; ${counters}"
done

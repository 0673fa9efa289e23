#!/usr/bin/env bash
# Commit-to-consumer latency of events at a steady rate of orders: the service (RUN_MODE=all,
# PostgreSQL, RabbitMQ, demo token issuer) gets ORDERS orders created, then wrk places them at
# RATE a second (perf/place-orders.lua); each OrderPlaced goes through the outbox, the relay,
# the broker and the notifications consumer, whose inbox record is written in its handler's
# transaction. The latency of an event is inbox.handled_at (the handler's transaction start)
# minus outbox.occurred_at (stamped by the change, before its commit), read from the database.
#
#   flock /tmp/orders-bench.lock perf/event-latency.sh          # 500 orders/s for 20 s
#   RATE=1000 ORDERS=20000 perf/event-latency.sh
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
source perf/lib/service.sh

readonly JAR=${JAR:-bootstrap/target/orders-service.jar}
readonly RATE=${RATE:-500}
readonly ORDERS=${ORDERS:-10000}
readonly CONNECTIONS=${CONNECTIONS:-32}  # enough for RATE x the response time
readonly BROKER=${BENCH_RABBITMQ_URL:-amqp://guest:guest@127.0.0.1:5672/%2F}
readonly PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}
readonly DATABASE=orders_latency_perf
readonly PREFIX="bench$$."
export PGHOST PGPORT PGUSER

require_jar "${JAR}"
require_postgres wrk
work="$(pwd)/perf/results/event-latency-$(date -u +%Y%m%dT%H%M%SZ)"
mkdir -p "${work}"
cleanup() {
  stop_service 30
  local queue
  for queue in $(consumer_queues); do
    rabbitmqctl -q delete_queue "${PREFIX}orders.${queue}" >/dev/null 2>&1 || true
  done
  drop_database "${DATABASE}" || true
  finish_output_copy
}
trap cleanup EXIT
copy_output_to "${work}/report.txt"

drop_database "${DATABASE}"
psql -q -d postgres -c "CREATE DATABASE ${DATABASE}" >/dev/null
database=("DATABASE_URL=jdbc:postgresql://${PGHOST}:${PGPORT}/${DATABASE}" "DATABASE_USER=${PGUSER}")
run_command "${work}/migrate.log" "${JAR}" "${database[@]}" -- migrate
port=$(free_port)
start_service "${work}/service.log" "${JAR}" APP_ENV=development "PORT=${port}" LOG_LEVEL=warn \
  RUN_MODE=all "RABBITMQ_URL=${BROKER}" "RABBITMQ_NAME_PREFIX=${PREFIX}" "${database[@]}" \
  DATABASE_MIGRATE_ON_START=false DATABASE_POOL_SIZE=10 \
  RATE_LIMIT_ENABLED=false -- serve  # one token at 500 writes/s would exhaust the default budget
wait_until_ready "${port}" 60 "${work}/service.log"
token=$(demo_token "${work}/service.log")
echo "uptime before: $(uptime)"
create_orders "http://127.0.0.1:${port}" "${token}" "${ORDERS}" "${work}"

seconds=$((ORDERS / RATE + 1))
export RATE
IDS_FILE="${work}/ids.txt" TOKEN="${token}" THREADS=2 \
  wrk -t2 "-c${CONNECTIONS}" "-d${seconds}s" -s perf/place-orders.lua "http://127.0.0.1:${port}" \
  | tee "${work}/wrk.txt" | grep '^placing:'
grep -q 'Non-2xx' "${work}/wrk.txt" && fail "some placings were refused; see ${work}/wrk.txt"

placed() { psql -tA -d "${DATABASE}" -c "SELECT count(*) FROM outbox WHERE event_type = 'order.placed'"; }
handled() { psql -tA -d "${DATABASE}" -c "SELECT count(*) FROM inbox WHERE consumer = 'notifications'"; }
deadline=$((SECONDS + 120))
until [[ "$(handled)" == "$(placed)" ]]; do
  ((SECONDS < deadline)) || fail "the consumer handled $(handled) of $(placed) placed orders within 120 s"
  pause 0.5
done
echo "uptime after: $(uptime)"
# a retried or parked delivery waits out a delay queue: say how many there were
curl -fsS "http://127.0.0.1:${port}/metrics" | grep -E '^(consumer_deliveries_seconds|task_runs_seconds)_(count|sum)' \
  || echo "no consumer metrics"
psql -tA -F ' ' -d "${DATABASE}" -c "
  SELECT count(*),
         round(count(*) / extract(epoch FROM max(o.occurred_at) - min(o.occurred_at))),
         round(1000 * percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM i.handled_at - o.occurred_at))::numeric, 1),
         round(1000 * percentile_cont(0.99) WITHIN GROUP (ORDER BY extract(epoch FROM i.handled_at - o.occurred_at))::numeric, 1),
         round(1000 * max(extract(epoch FROM i.handled_at - o.occurred_at)), 1)
  FROM outbox o JOIN inbox i ON i.event_id = o.event_id AND i.consumer = 'notifications'
  WHERE o.event_type = 'order.placed'" | {
  read -r count rate p50 p99 max
  echo "commit to consumer: ${count} orders placed at ${rate}/s; p50 ${p50} ms, p99 ${p99} ms, max ${max} ms"
}

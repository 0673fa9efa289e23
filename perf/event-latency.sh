#!/usr/bin/env bash
# Commit-to-consumer latency of events at a steady rate of orders: the service (RUN_MODE=all,
# PostgreSQL, RabbitMQ, demo token issuer) gets WARMUP + ORDERS orders created, then wrk places
# them at RATE a second (perf/place-orders.lua), the WARMUP first and unmeasured, then the ORDERS
# (the CPU figures and the JFR recording are of these only); each OrderPlaced goes through the
# outbox, the relay, the broker and the notifications consumer, whose inbox record is written in
# its handler's transaction. The latency of an event is inbox.handled_at (the handler's transaction start)
# minus outbox.occurred_at (stamped by the change, before its commit), read from the database.
#
#   flock /tmp/orders-bench.lock perf/event-latency.sh          # 500 orders/s for 20 s
#   RATE=1000 ORDERS=20000 perf/event-latency.sh
#   PROFILE=1 RATE=300 ORDERS=6000 perf/event-latency.sh  # + JFR of the service while placing
#   SERVICE_SETTINGS="CONSUMER_CONCURRENCY=8 OUTBOX_LINGER=0s" perf/event-latency.sh
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
source perf/lib/service.sh

readonly JAR=${JAR:-bootstrap/target/orders-service.jar}
readonly RATE=${RATE:-500}
export RATE  # for place-orders.lua
readonly ORDERS=${ORDERS:-10000}
readonly CONNECTIONS=${CONNECTIONS:-32}  # enough for RATE x the response time
readonly WARMUP=${WARMUP:-3000}  # orders placed at RATE before the measured ones
readonly PROFILE=${PROFILE:-0}
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
  RATE_LIMIT_ENABLED=false ${SERVICE_SETTINGS:-} -- serve  # NAME=value words, split on spaces
# (rate limits off: one token at 500 writes/s would exhaust the default budget)
wait_until_ready "${port}" 60 "${work}/service.log"
token=$(demo_token "${work}/service.log")
echo "uptime before: $(uptime)"
create_orders "http://127.0.0.1:${port}" "${token}" "$((WARMUP + ORDERS))" "${work}"
head -n "${WARMUP}" "${work}/ids.txt" >"${work}/warmup-ids.txt"
tail -n "+$((WARMUP + 1))" "${work}/ids.txt" >"${work}/measured-ids.txt"

placed() { psql -tA -d "${DATABASE}" -c "SELECT count(*) FROM outbox WHERE event_type = 'order.placed'"; }
handled() { psql -tA -d "${DATABASE}" -c "SELECT count(*) FROM inbox WHERE consumer = 'notifications'"; }
# Usage: place IDS_FILE SECONDS NAME: wrk places the orders at RATE, then every one is handled
place() {
  IDS_FILE=$1 TOKEN="${token}" THREADS=2 \
    wrk -t2 "-c${CONNECTIONS}" "-d${2}s" -s perf/place-orders.lua "http://127.0.0.1:${port}" \
    | tee "${work}/${3}.txt" | grep '^placing:'
  grep -q 'Non-2xx' "${work}/${3}.txt" && fail "some placings were refused; see ${work}/${3}.txt"
  local deadline=$((SECONDS + 120))
  until [[ "$(handled)" == "$(placed)" ]]; do
    ((SECONDS < deadline)) || fail "the consumer handled $(handled) of $(placed) placed orders within 120 s"
    pause 0.5
  done
}

# The placing, the relay and the consumers run compiled code after this, as in a service that has
# been up for a while: without it the JIT compiles them while the measurement runs, on the cores
# the measurement needs (~1,400 compilations in the first 20 s at 200 orders/s).
if ((WARMUP > 0)); then
  echo -n "warm-up: "
  place "${work}/warmup-ids.txt" $((WARMUP / RATE + 1)) warmup
fi
measured_from=$(psql -tA -d "${DATABASE}" -c "SELECT now()")

seconds=$((ORDERS / RATE + 1))
jcmd="$(dirname "$(java_binary)")/jcmd"
if ((PROFILE == 1)); then
  "${jcmd}" "${SERVICE_PID}" JFR.start name=placing settings=profile "jdk.ExecutionSample#period=2ms" >/dev/null
fi
# CPU of the service and of everything else while placing: which side is short of it
samplers=()
if command -v pidstat >/dev/null; then
  pidstat -u "${seconds}" 1 >"${work}/pidstat.txt" & samplers+=($!)
  mpstat "${seconds}" 1 >"${work}/mpstat.txt" & samplers+=($!)
fi
place "${work}/measured-ids.txt" "${seconds}" wrk
if ((PROFILE == 1)); then
  "${jcmd}" "${SERVICE_PID}" JFR.stop name=placing "filename=${work}/placing.jfr" >/dev/null
  echo "profile of the placing: ${work}/placing.jfr"
fi
if ((${#samplers[@]} > 0)); then
  wait "${samplers[@]}"
  awk -v service="${SERVICE_PID}" '/^Average/ && $NF != "Command" {
      cpu[$3 == service ? "service" : $NF] += $8 }
    END { printf "CPU while placing (%% of one core):"
          for (name in cpu) if (cpu[name] >= 2) printf " %s %.0f", name, cpu[name]; print "" }' \
    "${work}/pidstat.txt"
  awk '/^Average/ && $2 == "all" { print "machine idle while placing: " $NF "%" }' "${work}/mpstat.txt"
fi
echo "uptime after: $(uptime)"
# a retried or parked delivery waits out a delay queue: say how many there were
curl -fsS "http://127.0.0.1:${port}/metrics" | grep -E '^(consumer_deliveries_seconds|task_runs_seconds)_(count|sum)' \
  || echo "no consumer metrics"
# The measured events, each with its consumer's inbox record, and what the queries below take of them
measured="FROM outbox o JOIN inbox i ON i.event_id = o.event_id AND i.consumer = 'notifications'
  WHERE o.event_type = 'order.placed' AND o.occurred_at >= '${measured_from}'"
latency="extract(epoch FROM i.handled_at - o.occurred_at)"
publishing="extract(epoch FROM o.published_at - o.occurred_at)"  # until the broker's confirm
# Usage: millis FRACTION SECONDS_EXPRESSION: that percentile in ms, one decimal
millis() { echo "round(1000 * percentile_cont($1) WITHIN GROUP (ORDER BY $2)::numeric, 1)"; }
query() { psql -tA -F ' ' -d "${DATABASE}" -c "$1"; }

query "SELECT count(*), round(count(*) / extract(epoch FROM max(o.occurred_at) - min(o.occurred_at))),
         $(millis 0.5 "${latency}"), $(millis 0.99 "${latency}"), $(millis 1 "${latency}") ${measured}" | {
  read -r count rate p50 p99 max
  echo "commit to consumer: ${count} orders placed at ${rate}/s; p50 ${p50} ms, p99 ${p99} ms, max ${max} ms"
}
query "SELECT $(millis 0.5 "${publishing}"), $(millis 0.99 "${publishing}") ${measured}" | {
  read -r p50 p99
  echo "of which commit to confirmed publish: p50 ${p50} ms, p99 ${p99} ms"
}
# where the tail comes from: the seconds with the slowest events (a pause, a burst, a chore)
query "SELECT to_char(date_trunc('second', o.occurred_at), 'HH24:MI:SS'), count(*),
         $(millis 0.5 "${latency}"), $(millis 1 "${latency}") ${measured}
       GROUP BY 1 ORDER BY 4 DESC LIMIT 5" | {
  echo "slowest seconds (time, events, p50 ms, max ms):"
  while read -r second count p50 max; do echo "  ${second} ${count} ${p50} ${max}"; done
}

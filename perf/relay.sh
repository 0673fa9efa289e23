#!/usr/bin/env bash
# Relay throughput against RabbitMQ's own PerfTest, side by side in one run (relay, PerfTest,
# relay, PerfTest...): persistent messages of the relay's size, publisher confirms with the
# relay's window, into a quorum queue. The outbox holds WARMUP_EVENTS + EVENTS rows; the relay's
# rate is the last EVENTS published divided by the time between the first and the last of their
# published_at, so neither the JVM's start-up nor its first seconds of compiling count.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
source perf/lib/service.sh

readonly JAR=${JAR:-bootstrap/target/orders-service.jar}
readonly EVENTS=${EVENTS:-100000}
readonly WARMUP_EVENTS=${WARMUP_EVENTS:-50000}  # published first, not measured
readonly ROUNDS=${ROUNDS:-3}
readonly BATCH=${BATCH:-500}
readonly LANES=${LANES:-2}          # OUTBOX_LANES: the relay's claims in flight
readonly PROFILE=${PROFILE:-0}      # 1: a JFR recording (settings=profile) of each relay run
readonly PERFTEST_SECONDS=${PERFTEST_SECONDS:-20}
readonly BROKER=${BENCH_RABBITMQ_URL:-amqp://guest:guest@127.0.0.1:5672/%2F}
readonly PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}
readonly DATABASE=orders_relay_perf
readonly PREFIX="bench$$."
readonly EXCHANGE="${PREFIX}orders.events"
readonly RELAY_QUEUE="${PREFIX}relay-sink"
readonly PERFTEST_QUEUE="${PREFIX}perftest-sink"
export PGHOST PGPORT PGUSER BENCH_RABBITMQ_URL=${BROKER}

require_jar "${JAR}"
java=$(java_binary)
tools=perf/tools
# a classpath from another machine names jars this one lacks: resolve it again
if [[ ! -s "${tools}/classpath.txt" ]] || ! ls $(tr ':' ' ' <"${tools}/classpath.txt") >/dev/null 2>&1; then
  echo "resolving PerfTest (com.rabbitmq:perf-test:2.22.1) from Maven Central"
  (cd "${tools}" && ../../mvnw -B -q dependency:build-classpath -Dmdep.outputFile=classpath.txt)
fi
classpath=$(cat "${tools}/classpath.txt")
# amqp-client logs through SLF4J; the helper prints results on stdout, so its logging is off
bench_queue() {
  "${java}" -Dslf4j.provider=org.slf4j.helpers.NOP_FallbackServiceProvider --class-path "${classpath}" \
    perf/lib/BenchQueue.java "$@"
}

work="perf/results/relay-$(date -u +%Y%m%dT%H%M%SZ)"
mkdir -p "${work}"
cleanup() {
  stop_service 30
  bench_queue delete "${RELAY_QUEUE}" "${EXCHANGE}" || true
  bench_queue delete "${PERFTEST_QUEUE}" || true
  # what the worker's own consumers declared under the prefix
  for queue in $(consumer_queues); do
    bench_queue delete "${PREFIX}orders.${queue}" || true
  done
  bench_queue delete "${PREFIX}orders.notifications" "${PREFIX}orders.dead-letter" || true
  psql -q -d postgres -c "DROP DATABASE IF EXISTS ${DATABASE} WITH (FORCE)" >/dev/null || true
  finish_output_copy
}
trap cleanup EXIT
copy_output_to "${work}/report.txt"

psql -q -d postgres -c "DROP DATABASE IF EXISTS ${DATABASE} WITH (FORCE)" \
  -c "CREATE DATABASE ${DATABASE}" >/dev/null
database=("DATABASE_URL=jdbc:postgresql://${PGHOST}:${PGPORT}/${DATABASE}" "DATABASE_USER=${PGUSER}")
run_command "${work}/migrate.log" "${JAR}" "${database[@]}" -- migrate
bench_queue declare "${EXCHANGE}" "${RELAY_QUEUE}" "order.paid"
echo "uptime before: $(uptime)"

# EVENTS pending order.paid events (a type no consumer of the service takes), as the use cases
# write them, in one statement.
fill_outbox() {
  psql -q -d "${DATABASE}" -c "TRUNCATE outbox" -c "
    INSERT INTO outbox (event_id, tenant_id, aggregate_type, aggregate_id, event_type,
                        aggregate_version, occurred_at, schema_version, payload, trace_parent)
    SELECT gen_random_uuid(), 'bench', 'order', gen_random_uuid(), 'order.paid', 3,
           now() + n * interval '1 microsecond', 1,
           jsonb_build_object('orderId', gen_random_uuid(), 'version', 3,
                              'paymentReference', 'psp-' || n),
           '00-' || md5(n::text) || '-' || left(md5((n + 1)::text), 16) || '-01'
    FROM generate_series(1, $((WARMUP_EVENTS + EVENTS))) AS n" >/dev/null
}

relay_rates=() perftest_rates=()
message_size=0
for round in $(seq 1 "${ROUNDS}"); do
  fill_outbox
  port=$(free_port)
  if ((PROFILE == 1)); then
    JVM_OPTIONS="-XX:StartFlightRecording=filename=${work}/relay-${round}.jfr,settings=profile,dumponexit=true"
  fi
  start_service "${work}/relay-${round}.log" "${JAR}" APP_ENV=development "PORT=${port}" \
    LOG_LEVEL=warn RUN_MODE=worker "RABBITMQ_URL=${BROKER}" "RABBITMQ_NAME_PREFIX=${PREFIX}" \
    "OUTBOX_BATCH_SIZE=${BATCH}" "OUTBOX_LANES=${LANES}" "${database[@]}" \
    DATABASE_MIGRATE_ON_START=false -- serve
  deadline=$((SECONDS + 300))
  until [[ $(psql -tA -d "${DATABASE}" -c "SELECT count(*) FROM outbox WHERE published_at IS NULL") == 0 ]]; do
    ((SECONDS < deadline)) || fail "the relay did not drain $((WARMUP_EVENTS + EVENTS)) events within 300 s"
    pause 0.5
  done
  rate=$(psql -tA -d "${DATABASE}" -c "
    SELECT round(count(*) / extract(epoch FROM max(published_at) - min(published_at)))
    FROM (SELECT published_at FROM outbox ORDER BY published_at OFFSET ${WARMUP_EVENTS}) AS measured")
  stop_service 30
  if ((message_size == 0)); then message_size=$(bench_queue size "${RELAY_QUEUE}"); fi
  bench_queue delete "${RELAY_QUEUE}"
  bench_queue declare "${EXCHANGE}" "${RELAY_QUEUE}" "order.paid"
  relay_rates+=("${rate}")
  echo "round ${round}: relay ${rate} events/s (${EVENTS} events after ${WARMUP_EVENTS}, batch ${BATCH}, ${LANES} lane(s), ${message_size} B)"

  "${java}" --class-path "${classpath}" com.rabbitmq.perf.PerfTest --uri "${BROKER}" \
    --producers 1 --consumers 0 --size "${message_size}" --confirm "${BATCH}" \
    --flag persistent --quorum-queue --queue "${PERFTEST_QUEUE}" --auto-delete false \
    --time "${PERFTEST_SECONDS}" > "${work}/perftest-${round}.log" 2>&1
  rate=$(grep -oP 'sending rate avg: \K[0-9]+' "${work}/perftest-${round}.log")
  bench_queue delete "${PERFTEST_QUEUE}"
  perftest_rates+=("${rate}")
  echo "round ${round}: PerfTest ${rate} msg/s (1 producer, ${message_size} B, confirm window ${BATCH})"
done

relay=$(median "${relay_rates[@]}")
perftest=$(median "${perftest_rates[@]}")
echo "uptime after: $(uptime)"
echo "median: relay ${relay} events/s, PerfTest ${perftest} msg/s," \
  "relay/PerfTest $(awk -v a="${relay}" -v b="${perftest}" 'BEGIN { printf "%.0f", 100 * a / b }') %"

#!/usr/bin/env bash
# Throughput and latency of GET /api/v1/orders/{id}, measured with wrk, side by side in one run:
#   hello     a bare Javalin 7 hello-world on virtual threads (perf/hello/HelloWorld.java): the
#             yardstick for what the machine can do at all
#   uncached  the service on PostgreSQL, no cache
#   cached    the service on PostgreSQL with the Redis cache (a Redis of its own, started here)
#   api       uncached, with RabbitMQ and RUN_MODE=api: no relay, no consumers
#   events    uncached, with RabbitMQ and RUN_MODE=all: the relay and consumers run beside
#   traced:R  uncached, with tracing on (ADR 0032): sampling ratio R (e.g. traced:1.0, traced:0.1),
#             spans exported by OTLP/HTTP to OTLP_ENDPOINT (perf/tracing-overhead.sh sets it)
# Creates a fresh database (orders_perf), migrates it, starts every variant at once (idle ones
# take no CPU), creates ORDERS orders through the API, warms each variant up for WARMUP seconds,
# then runs `wrk -t2 -c32 -d20s --latency` ROUNDS times per variant, interleaved, over ids picked
# at random. Prints each run and the medians with their ratios. TOGETHER=1 loads every variant of
# a round at the same time instead, each with its own wrk: the machine's swings from one minute to
# the next then weigh on all alike, so the CPU per request compares two builds far more closely;
# requests/s are then shares of the machine, not what each serves alone, and no ratios are
# printed. Each wrk gets -t1 -c16 then (THREADS, CONNECTIONS): two variants make the usual load.
# Leave the hello-world out of such a run. With CUT=1 (default) it then runs
# the cached variant once more and shuts its Redis down for the middle third of the run: every
# response must still be 2xx. The report goes to perf/results/. Stops everything and drops the
# database on exit. Builds nothing; loopback only; each step is bounded in time. Run it under
# `flock /tmp/orders-bench.lock` so that benchmarks never overlap.
#
#   flock /tmp/orders-bench.lock perf/get-by-id.sh          # WARMUP=30 ROUNDS=3 ORDERS=1000
#   VARIANTS=uncached WARMUP=10 ROUNDS=1 perf/get-by-id.sh  # one variant, quickly
#   PROFILE=1 VARIANTS=uncached perf/get-by-id.sh           # with a JFR recording per service
#   VARIANTS="uncached uncached@/tmp/before.jar" perf/get-by-id.sh  # another build, side by side
#   TOGETHER=1 VARIANTS="uncached uncached@/tmp/before.jar" perf/get-by-id.sh  # loaded at once
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
# shellcheck source=perf/lib/service.sh
source perf/lib/service.sh

readonly JAR=${JAR:-bootstrap/target/orders-service.jar}
readonly VARIANTS=${VARIANTS:-hello uncached cached}
readonly WARMUP=${WARMUP:-30}
readonly ROUNDS=${ROUNDS:-3}
readonly DURATION=${DURATION:-20}
readonly TOGETHER=${TOGETHER:-0}
# loaded at once, two variants share the usual load: half the threads and connections each
readonly THREADS=${THREADS:-$((TOGETHER == 1 ? 1 : 2))}
readonly CONNECTIONS=${CONNECTIONS:-$((TOGETHER == 1 ? 16 : 32))}
readonly ORDERS=${ORDERS:-1000}
readonly CUT=${CUT:-1}
readonly PROFILE=${PROFILE:-0}
readonly POOL_SIZE=${DATABASE_POOL_SIZE:-10}
readonly PGHOST=${PGHOST:-127.0.0.1}
readonly PGPORT=${PGPORT:-5432}
readonly PGUSER=${PGUSER:-postgres}
readonly DATABASE=orders_perf
export PGHOST PGPORT PGUSER

require_jar "${JAR}"
for tool in psql curl jq redis-server redis-cli; do
  command -v "${tool}" >/dev/null \
    || fail "${tool} is missing: apt-get install -y postgresql-client curl jq redis-server"
done
if ! command -v wrk >/dev/null; then
  ((EUID == 0)) || fail "wrk is missing: sudo apt-get install -y wrk"
  echo "installing wrk (Debian package)"
  apt-get install -y -q wrk >/dev/null
fi
require_postgres

# One folder per run: the report and every process's log, kept for a look after a failure.
work="$(pwd)/perf/results/get-by-id-$(date -u +%Y%m%dT%H%M%SZ)"
mkdir -p "${work}"
report="${work}/report.txt"
declare -A PID PORT TOKEN
# each cached variant's own Redis, by variant: two builds side by side share no cache
declare -A REDIS_PORT
# the api and events variants' exchanges and queues on the broker, deleted at the end
readonly BROKER_PREFIX="bench$$."

start_redis() {
  local port=$1
  redis-server --port "${port}" --bind 127.0.0.1 --save "" --appendonly no \
    --daemonize yes --pidfile "${work}/redis-${port}.pid" --logfile "${work}/redis-${port}.log"
  local attempt
  for attempt in {1..100}; do
    [[ "$(redis-cli -p "${port}" ping 2>/dev/null)" == "PONG" ]] && return
    pause 0.05
  done
  fail "the benchmark's Redis did not start on port ${port}; its log: ${work}/redis-${port}.log (attempt ${attempt})"
}
stop_redis() {
  redis-cli -p "$1" shutdown nosave >/dev/null 2>&1 || true
}
# JFR's dump on exit depends on every shutdown hook running; dumping while the JVM runs does not.
dump_recordings() {
  ((PROFILE == 1)) || return 0
  local variant
  for variant in "${!PID[@]}"; do
    [[ "${variant}" == "hello" ]] && continue
    "$(dirname "$(java_binary)")/jcmd" "${PID[${variant}]}" JFR.dump name=1 \
      "filename=${work}/${variant//\//_}.jfr" >/dev/null || echo "no JFR dump of ${variant}" >&2
  done
}
delete_broker_queues() {
  [[ " ${VARIANTS} " == *" events "* || " ${VARIANTS} " == *" api "* ]] || return 0
  local queue
  for queue in $(consumer_queues); do
    rabbitmqctl -q delete_queue "${BROKER_PREFIX}orders.${queue}" >/dev/null 2>&1 || true
  done
}
cleanup() {
  local variant
  dump_recordings
  for variant in "${!PID[@]}"; do
    SERVICE_PID=${PID[${variant}]}
    stop_service 30
  done
  for variant in "${!REDIS_PORT[@]}"; do
    stop_redis "${REDIS_PORT[${variant}]}"
  done
  delete_broker_queues
  drop_database "${DATABASE}" || echo "get-by-id.sh: could not drop database ${DATABASE}; drop it by hand" >&2
  finish_output_copy
}
trap cleanup EXIT
copy_output_to "${report}"

drop_database "${DATABASE}"
psql -q -d postgres -c "CREATE DATABASE ${DATABASE}" >/dev/null
database_settings=("DATABASE_URL=jdbc:postgresql://${PGHOST}:${PGPORT}/${DATABASE}" "DATABASE_USER=${PGUSER}"
  "DATABASE_POOL_SIZE=${POOL_SIZE}" DATABASE_MIGRATE_ON_START=false)
[[ -z "${PGPASSWORD:-}" ]] || database_settings+=("DATABASE_PASSWORD=${PGPASSWORD}")

echo "# GET /api/v1/orders/{id}: ${VARIANTS}, $(date -u +%Y-%m-%dT%H:%M:%SZ)"
echo "# ${JAR} at commit $(git rev-parse --short HEAD 2>/dev/null || echo unknown), $("$(java_binary)" -version 2>&1 | head -n 1)"
echo "# $(nproc) CPUs; PostgreSQL $(psql -Atqc 'SHOW server_version' -d postgres); $(redis-server --version | cut -d ' ' -f 1-3); load average $(cut -d ' ' -f 1-3 /proc/loadavg)"
echo "# pool ${POOL_SIZE}; ${ORDERS} orders; warm-up ${WARMUP}s per variant; ${ROUNDS} rounds of wrk -t${THREADS} -c${CONNECTIONS} -d${DURATION}s"

run_command "${work}/migrate.log" "${JAR}" "${database_settings[@]}" -- migrate

profile_options() {
  ((PROFILE == 1)) || return 0
  echo "-XX:FlightRecorderOptions=stackdepth=256 -XX:StartFlightRecording=filename=${work}/${1//\//_}.jfr,settings=profile"
}
# Rate limits on (ADR 0029), with budgets the benchmark never reaches: setting up and measuring
# from one token would exhaust the defaults at once. RATE_LIMIT_ENABLED=false measures them off.
rate_limit_settings=("RATE_LIMIT_ENABLED=${RATE_LIMIT_ENABLED:-true}"
  RATE_LIMIT_READ=1000000000/1m RATE_LIMIT_READ_TENANT=1000000000/1m
  RATE_LIMIT_WRITE=1000000000/1m RATE_LIMIT_WRITE_TENANT=1000000000/1m)
start_variant() {
  local variant=$1
  local port jar=${JAR}
  port=$(free_port)
  # "uncached@other.jar": the same variant served by another build, for before/after readings
  [[ "${variant}" != *@* ]] || jar=${variant#*@}
  case "${variant%%@*}" in
    hello)
      start_java "${work}/hello.log" -- -cp "${JAR}" perf/hello/HelloWorld.java "${port}" ;;
    uncached)
      JVM_OPTIONS="$(profile_options "${variant}")" start_service "${work}/${variant//\//_}.log" "${jar}" \
        APP_ENV=development "PORT=${port}" LOG_LEVEL=info "${database_settings[@]}" \
        "RESILIENCE_ENABLED=${RESILIENCE_ENABLED:-true}" "${rate_limit_settings[@]}" -- serve ;;
    cached)
      REDIS_PORT[${variant}]=$(free_port)
      start_redis "${REDIS_PORT[${variant}]}"
      JVM_OPTIONS="$(profile_options "${variant}")" start_service "${work}/${variant//\//_}.log" "${jar}" \
        APP_ENV=development "PORT=${port}" LOG_LEVEL=info "${database_settings[@]}" \
        "RESILIENCE_ENABLED=${RESILIENCE_ENABLED:-true}" "REDIS_URL=redis://127.0.0.1:${REDIS_PORT[${variant}]}/0" \
        "${rate_limit_settings[@]}" -- serve ;;
    api|events)
      # uncached reads with RabbitMQ: `api` without the relay and consumers (RUN_MODE=api),
      # `events` with them running (RUN_MODE=all): what the background side costs the reads
      local mode=api
      [[ "${variant%%@*}" == "events" ]] && mode=all
      JVM_OPTIONS="$(profile_options "${variant}")" start_service "${work}/${variant//\//_}.log" "${jar}" \
        APP_ENV=development "PORT=${port}" LOG_LEVEL=info "${database_settings[@]}" \
        "RESILIENCE_ENABLED=${RESILIENCE_ENABLED:-true}" "RUN_MODE=${mode}" \
        "RABBITMQ_URL=${BENCH_RABBITMQ_URL:-amqp://guest:guest@127.0.0.1:5672/%2F}" \
        "RABBITMQ_NAME_PREFIX=${BROKER_PREFIX}" "${rate_limit_settings[@]}" -- serve ;;
    traced:*)
      local ratio=${variant%%@*}
      ratio=${ratio#traced:}
      [[ -n "${OTLP_ENDPOINT:-}" ]] \
        || fail "variant ${variant} needs OTLP_ENDPOINT, an OTLP/HTTP receiver (perf/tracing-overhead.sh starts one)"
      JVM_OPTIONS="$(profile_options "${variant}")" start_service "${work}/${variant//\//_}.log" "${jar}" \
        APP_ENV=development "PORT=${port}" LOG_LEVEL=info "${database_settings[@]}" \
        "RESILIENCE_ENABLED=${RESILIENCE_ENABLED:-true}" "${rate_limit_settings[@]}" \
        "OTEL_EXPORTER_OTLP_ENDPOINT=${OTLP_ENDPOINT}" OTEL_TRACES_SAMPLER=parentbased_traceidratio \
        "OTEL_TRACES_SAMPLER_ARG=${ratio}" -- serve ;;
    *) fail "unknown variant '${variant}': choose from hello uncached cached api events traced:RATIO" ;;
  esac
  PID[${variant}]=${SERVICE_PID}
  PORT[${variant}]=${port}
  wait_until_ready "${port}" 60 "${work}/${variant//\//_}.log"
  [[ "${variant}" == "hello" ]] || TOKEN[${variant}]=$(demo_token "${work}/${variant//\//_}.log")
}

for variant in ${VARIANTS}; do start_variant "${variant}"; done
# the first service variant creates the orders (with JAR's schema, which it migrated)
service_variant=""
for variant in ${VARIANTS}; do
  [[ "${variant}" == "hello" || -n "${service_variant}" ]] || service_variant=${variant}
done

# All creations go through one curl process (one connection, kept alive); each response body
# is one line of JSON, from which the ids are taken. Every variant reads the same database.
if [[ -n "${service_variant}" ]]; then
  base="http://127.0.0.1:${PORT[${service_variant}]}"
  echo "creating ${ORDERS} orders"
  create_orders "${base}" "${TOKEN[${service_variant}]}" "${ORDERS}" "${work}"
fi

# Usage: load VARIANT SECONDS OUTPUT [--latency]
load() {
  local variant=$1 seconds=$2 output=$3
  shift 3
  local url="http://127.0.0.1:${PORT[${variant}]}"
  if [[ "${variant}" == "hello" ]]; then
    timeout $((seconds + 30)) wrk -t"${THREADS}" -c"${CONNECTIONS}" -d"${seconds}s" "$@" \
      -s perf/summary.lua "${url}/hello" >"${output}"
  else
    IDS_FILE="${work}/ids.txt" TOKEN="${TOKEN[${variant}]}" \
      timeout $((seconds + 30)) wrk -t"${THREADS}" -c"${CONNECTIONS}" -d"${seconds}s" "$@" \
      -s perf/get-by-id.lua "${url}" >"${output}"
  fi
}
field() { sed -E "s/.* $1=([0-9.]+).*/\\1/" <<<"$2"; }

if ((WARMUP > 0)); then
  for variant in ${VARIANTS}; do
    echo "warming up ${variant} for ${WARMUP}s"
    load "${variant}" "${WARMUP}" "${work}/warmup-${variant//\//_}.txt"
  done
fi

declare -A RPS P50 P99 CPU
# Usage: reading ROUND VARIANT: the file of wrk's output for that round and variant
reading() { echo "${work}/round$1-${2//\//_}.txt"; }
# Usage: record ROUND VARIANT TICKS OUTPUT: one reading of wrk's OUTPUT, TICKS of the service's CPU
record() {
  local round=$1 variant=$2 ticks=$3 output=$4 result failed cpu
  result=$(grep '^RESULT ' "${output}") || fail "wrk printed no RESULT line"
  failed=$(field failed "${result}")
  ((failed == 0)) || fail "${variant}: ${failed} requests failed (non-2xx or socket errors)"
  RPS[${variant}]+="$(field requests_per_second "${result}") "
  P50[${variant}]+="$(field p50_ms "${result}") "
  P99[${variant}]+="$(field p99_ms "${result}") "
  # the service's own CPU per request: far steadier than throughput when the machine is busy
  cpu=$(per_request "${ticks}" "$(field requests "${result}")")
  CPU[${variant}]+="${cpu} "
  printf 'round %d %-8s %7s requests/s  p50 %6s ms  p99 %6s ms  %4s us CPU/request  (load %s)\n' \
    "${round}" "${variant}" "$(field requests_per_second "${result}")" "$(field p50_ms "${result}")" \
    "$(field p99_ms "${result}")" "${cpu}" "$(cut -d ' ' -f 1 /proc/loadavg)"
}
for ((round = 1; round <= ROUNDS; round++)); do
  if ((TOGETHER == 1)); then
    declare -A TICKS=() WRK=()
    for variant in ${VARIANTS}; do
      TICKS[${variant}]=$(cpu_ticks "${PID[${variant}]}")
      load "${variant}" "${DURATION}" "$(reading "${round}" "${variant}")" --latency &
      WRK[${variant}]=$!
    done
    for variant in ${VARIANTS}; do
      wait "${WRK[${variant}]}" || fail "wrk failed against ${variant}"
      TICKS[${variant}]=$(($(cpu_ticks "${PID[${variant}]}") - TICKS[${variant}]))
    done
    for variant in ${VARIANTS}; do
      record "${round}" "${variant}" "${TICKS[${variant}]}" "$(reading "${round}" "${variant}")"
    done
    continue
  fi
  for variant in ${VARIANTS}; do
    ticks=$(cpu_ticks "${PID[${variant}]}")
    load "${variant}" "${DURATION}" "$(reading "${round}" "${variant}")" --latency
    ticks=$(($(cpu_ticks "${PID[${variant}]}") - ticks))
    record "${round}" "${variant}" "${ticks}" "$(reading "${round}" "${variant}")"
  done
done

echo "medians over ${ROUNDS} rounds:"
declare -A MEDIAN
for variant in ${VARIANTS}; do
  # shellcheck disable=SC2086 # the lists are space-separated numbers
  MEDIAN[${variant}]=$(median ${RPS[${variant}]})
  # shellcheck disable=SC2086
  printf '%-8s %7.0f requests/s  p50 %6s ms  p99 %6s ms  %4.0f us CPU/request\n' "${variant}" \
    "${MEDIAN[${variant}]}" "$(median ${P50[${variant}]})" "$(median ${P99[${variant}]})" \
    "$(median ${CPU[${variant}]})"
done
# The summary line perf/compare-get-by-id.sh reads: the first service variant's medians.
for variant in ${VARIANTS}; do
  [[ "${variant}" == "hello" ]] && continue
  # shellcheck disable=SC2086
  echo "GET /api/v1/orders/{id}: ${MEDIAN[${variant}]} requests/s, p50 $(median ${P50[${variant}]}) ms," \
    "p99 $(median ${P99[${variant}]}) ms, $(median ${CPU[${variant}]}) us CPU/request (${variant})"
  break
done
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f%%", 100 * a / b }'; }
# loaded at once, the variants shared the machine: their requests/s do not compare
if ((TOGETHER == 0)); then
  [[ -z "${MEDIAN[hello]:-}" || -z "${MEDIAN[uncached]:-}" ]] \
    || echo "uncached / hello: $(ratio "${MEDIAN[uncached]}" "${MEDIAN[hello]}")"
  [[ -z "${MEDIAN[hello]:-}" || -z "${MEDIAN[cached]:-}" ]] \
    || echo "cached / hello:   $(ratio "${MEDIAN[cached]}" "${MEDIAN[hello]}")"
  [[ -z "${MEDIAN[uncached]:-}" || -z "${MEDIAN[cached]:-}" ]] \
    || echo "cached / uncached: $(ratio "${MEDIAN[cached]}" "${MEDIAN[uncached]}")"
fi

if ((CUT == 1)) && [[ -n "${PORT[cached]:-}" ]]; then
  echo "cached run with its Redis shut down from $((DURATION / 3))s to $((2 * DURATION / 3))s"
  load cached "${DURATION}" "${work}/cut-cached.txt" --latency &
  wrk_pid=$!
  pause $((DURATION / 3))
  stop_redis "${REDIS_PORT[cached]}"
  pause $((DURATION / 3))
  start_redis "${REDIS_PORT[cached]}"
  wait "${wrk_pid}" || fail "wrk failed during the Redis cut"
  result=$(grep '^RESULT ' "${work}/cut-cached.txt") || fail "wrk printed no RESULT line"
  printf 'Redis cut: %s requests/s  p50 %s ms  p99 %s ms  max %s ms  non-2xx or errors: %s\n' \
    "$(field requests_per_second "${result}")" "$(field p50_ms "${result}")" \
    "$(field p99_ms "${result}")" "$(field max_ms "${result}")" "$(field failed "${result}")"
  printf 'cache breaker state changes logged during the whole run: %s\n' \
    "$(grep -c 'circuit breaker of cache' "${work}/cached.log" || true)"
  (($(field failed "${result}") == 0)) || fail "requests failed while Redis was cut"
fi
echo "report: ${report}"

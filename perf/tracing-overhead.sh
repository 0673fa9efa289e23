#!/usr/bin/env bash
# What tracing costs (ADR 0032). First GET /api/v1/orders/{id} (perf/get-by-id.sh, uncached, on
# PostgreSQL) with tracing off, on at 100% sampling and on at the default 10%: three services up
# at once, their rounds interleaved in one run, the traced ones exporting by OTLP/HTTP to a local
# sink (perf/lib/OtlpSink.java, JDK only: reads each export, answers 200). Then start-up to the
# first 200 from /health/ready in demo mode, without and with tracing configured, in turns.
# Prints every reading, the medians, the ratios against off and what the sink received.
#
#   flock /tmp/orders-bench.lock perf/tracing-overhead.sh   # ROUNDS=3 WARMUP=30 STARTUP_RUNS=7
#   ROUNDS=5 DURATION=30 perf/tracing-overhead.sh            # any get-by-id.sh variable passes on
#   STARTUP_RUNS=0 perf/tracing-overhead.sh                  # throughput only
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
# shellcheck source=perf/lib/service.sh
source perf/lib/service.sh

readonly JAR=${JAR:-bootstrap/target/orders-service.jar}
readonly STARTUP_RUNS=${STARTUP_RUNS:-7}
readonly START_TIMEOUT_SECONDS=60

require_jar "${JAR}"
work="$(pwd)/perf/results/tracing-overhead-$(date -u +%Y%m%dT%H%M%SZ)"
mkdir -p "${work}"
report="${work}/report.txt"
sink_pid=""
cleanup() {
  stop_service 30
  if [[ -n "${sink_pid}" ]]; then
    SERVICE_PID=${sink_pid}
    stop_service 10
  fi
  finish_output_copy
}
trap cleanup EXIT
copy_output_to "${report}"

echo "# tracing overhead, $(date -u +%Y-%m-%dT%H:%M:%SZ)"
echo "# ${JAR} at commit $(git rev-parse --short HEAD 2>/dev/null || echo unknown), $(nproc) CPUs, load average $(cut -d ' ' -f 1-3 /proc/loadavg)"

sink_port=$(free_port)
start_java "${work}/otlp-sink.log" -- perf/lib/OtlpSink.java "${sink_port}"
sink_pid=${SERVICE_PID}
wait_until_ready "${sink_port}" "${START_TIMEOUT_SECONDS}" "${work}/otlp-sink.log"
SERVICE_PID=""
readonly ENDPOINT="http://127.0.0.1:${sink_port}"

sink_stats() { curl -sf --max-time 5 "${ENDPOINT}/stats" || echo "exports=? bytes=?"; }

echo
echo "== throughput: off (uncached), on at 100% (traced:1.0), on at 10% (traced:0.1)"
OTLP_ENDPOINT=${ENDPOINT} VARIANTS="uncached traced:1.0 traced:0.1" CUT=0 perf/get-by-id.sh \
  | tee "${work}/get-by-id.txt"
echo "OTLP sink after the throughput runs: $(sink_stats)"

# the medians block of get-by-id.sh: "VARIANT  N requests/s  p50 ..."
median_of() {
  awk -v variant="$1" '$1 == variant && $3 == "requests/s" { value = $2 } END { print value }' \
    "${work}/get-by-id.txt"
}
off=$(median_of uncached)
full=$(median_of traced:1.0)
tenth=$(median_of traced:0.1)
[[ -n "${off}" && -n "${full}" && -n "${tenth}" ]] || fail "no medians in ${work}/get-by-id.txt"

# Usage: time_startup MODE RUN [NAME=value...]; sets STARTUP_MILLIS
STARTUP_MILLIS=0
time_startup() {
  local mode=$1 run=$2
  shift 2
  local port log started ready
  port=$(free_port)
  log="${work}/startup-${mode}-${run}.log"
  started=$(date +%s%N)
  start_service "${log}" "${JAR}" APP_ENV=development "PORT=${port}" LOG_LEVEL=warn "$@" -- serve
  wait_until_ready "${port}" "${START_TIMEOUT_SECONDS}" "${log}"
  ready=$(date +%s%N)
  stop_service 30
  STARTUP_MILLIS=$(((ready - started) / 1000000))
}

declare -a startup_off=() startup_on=()
if ((STARTUP_RUNS > 0)); then
  echo
  echo "== start-up, demo mode: without and with tracing configured (OTEL_EXPORTER_OTLP_ENDPOINT), in turns"
  for ((run = 1; run <= STARTUP_RUNS; run++)); do
    time_startup off "${run}"
    startup_off+=("${STARTUP_MILLIS}")
    time_startup on "${run}" "OTEL_EXPORTER_OTLP_ENDPOINT=${ENDPOINT}"
    startup_on+=("${STARTUP_MILLIS}")
    printf 'run %d: ready after %5d ms off, %5d ms with tracing\n' "${run}" "${startup_off[-1]}" \
      "${startup_on[-1]}"
  done
fi

echo
echo "== summary"
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f%%", 100 * a / b }'; }
echo "GET /api/v1/orders/{id}: off ${off} requests/s, 100% ${full}, 10% ${tenth}"
echo "tracing on at 100% / off: $(ratio "${full}" "${off}")   (bar: at least 85%)"
echo "tracing on at 10% / off:  $(ratio "${tenth}" "${off}")   (bar: at least 95%)"
if ((STARTUP_RUNS > 0)); then
  startup_off_median=$(median "${startup_off[@]}")
  startup_on_median=$(median "${startup_on[@]}")
  echo "start-up median: off ${startup_off_median} ms, with tracing ${startup_on_median} ms," \
    "difference $(awk -v a="${startup_on_median}" -v b="${startup_off_median}" 'BEGIN { printf "%+.0f", a - b }') ms" \
    "(bar: at most +150 ms; ${STARTUP_RUNS} runs each)"
fi
echo "OTLP sink in all: $(sink_stats)"
echo "report: ${report}"

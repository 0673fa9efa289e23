# shellcheck shell=bash
# Helpers to run the service jar for a measurement or a smoke test: a free loopback port, start,
# readiness, the demo token, stop. Sourced by perf/*.sh and .ci/smoke; every wait is bounded.

ORDERS_JDK=${ORDERS_JDK:-/usr/lib/jvm/temurin-25-jdk-amd64}
# The variables the service reads; cleared before each start so that nothing leaks in from the
# caller's shell (the service refuses e.g. DATABASE_USER without DATABASE_URL).
SERVICE_VARIABLES=(
  APP_ENV PORT HTTP_MAX_REQUEST_BYTES SHUTDOWN_TIMEOUT SHUTDOWN_GRACE_PERIOD
  DATABASE_URL DATABASE_URL_FILE DATABASE_USER DATABASE_USER_FILE DATABASE_PASSWORD
  DATABASE_PASSWORD_FILE DATABASE_POOL_SIZE DATABASE_CONNECTION_TIMEOUT DATABASE_STATEMENT_TIMEOUT
  DATABASE_MIGRATE_ON_START DATABASE_MIGRATION_USER DATABASE_MIGRATION_USER_FILE
  DATABASE_MIGRATION_PASSWORD DATABASE_MIGRATION_PASSWORD_FILE
  AUTH_ISSUER AUTH_JWKS_URI AUTH_AUDIENCE AUTH_TENANT_CLAIM AUTH_ALGORITHMS AUTH_READ_SCOPE
  AUTH_WRITE_SCOPE AUTH_CLOCK_SKEW AUTH_MODE AUTH_INTROSPECTION_URI AUTH_INTROSPECTION_CLIENT_ID
  AUTH_INTROSPECTION_CLIENT_SECRET AUTH_INTROSPECTION_CLIENT_SECRET_FILE AUTH_INTROSPECTION_TIMEOUT
  AUTH_INTROSPECTION_CACHE_TTL AUTH_INTROSPECTION_INACTIVE_TTL AUTH_INTROSPECTION_LOCAL_TTL
  RESILIENCE_ENABLED RESILIENCE_BREAKER_FAILURE_RATE RESILIENCE_BREAKER_MINIMUM_CALLS
  RESILIENCE_BREAKER_WINDOW RESILIENCE_BREAKER_OPEN_DURATION RESILIENCE_RETRY_ATTEMPTS
  RESILIENCE_RETRY_BACKOFF HEALTH_CHECK_INTERVAL HEALTH_CHECK_TIMEOUT LOG_LEVEL
  RUN_MODE RABBITMQ_URL RABBITMQ_URL_FILE RABBITMQ_NAME_PREFIX RABBITMQ_PREFETCH
  RABBITMQ_PUBLISH_TIMEOUT CONSUMER_CONCURRENCY CONSUMER_MAX_ATTEMPTS CONSUMER_RETRY_DELAY
  CONSUMER_MAX_MESSAGE_BYTES OUTBOX_BATCH_SIZE OUTBOX_POLL_INTERVAL OUTBOX_RETENTION
  OUTBOX_PURGE_INTERVAL OUTBOX_LANES OUTBOX_LINGER INBOX_RETENTION
  REDIS_URL REDIS_URL_FILE REDIS_POOL_SIZE REDIS_CONNECT_TIMEOUT REDIS_TIMEOUT REDIS_KEY_PREFIX
  CACHE_TTL CACHE_NEGATIVE_TTL CACHE_LOCAL_TTL CACHE_MAX_ENTRIES
  RATE_LIMIT_ENABLED RATE_LIMIT_ANONYMOUS RATE_LIMIT_READ RATE_LIMIT_READ_TENANT RATE_LIMIT_WRITE
  RATE_LIMIT_WRITE_TENANT RATE_LIMIT_ADMIN RATE_LIMIT_ADMIN_TENANT HTTP_TRUSTED_PROXIES
  AUDIT_ENABLED AUDIT_RETENTION AUDIT_SECURITY_QUEUE_CAPACITY AUDIT_SECURITY_REPEAT_WINDOW
  IDEMPOTENCY_KEY_TTL JOB_RETENTION
  OTEL_SDK_DISABLED OTEL_SERVICE_NAME OTEL_RESOURCE_ATTRIBUTES OTEL_EXPORTER_OTLP_ENDPOINT
  OTEL_EXPORTER_OTLP_TRACES_ENDPOINT OTEL_EXPORTER_OTLP_PROTOCOL OTEL_EXPORTER_OTLP_TRACES_PROTOCOL
  OTEL_EXPORTER_OTLP_HEADERS OTEL_EXPORTER_OTLP_HEADERS_FILE OTEL_EXPORTER_OTLP_TIMEOUT
  OTEL_TRACES_SAMPLER OTEL_TRACES_SAMPLER_ARG OTEL_BSP_MAX_QUEUE_SIZE OTEL_BSP_MAX_EXPORT_BATCH_SIZE
  OTEL_BSP_SCHEDULE_DELAY
)
# Extra JVM options for the next start, e.g. JVM_OPTIONS="-XX:StartFlightRecording=..." (split on
# spaces).
JVM_OPTIONS=${JVM_OPTIONS:-}
# The options every JVM starts with: the image's (JAVA_TOOL_OPTIONS in deploy/Dockerfile: the
# serial collector, the heap as a share of memory) with the memory of a production pod (the
# production overlay's 1 GiB limit) as MaxRAM, so that a measurement is of the JVM as it ships,
# not of its defaults on this machine (G1, a heap of a quarter of its memory). Set it to "" for
# the JVM's defaults.
image_jvm_options() {
  local dockerfile options
  dockerfile="$(dirname "${BASH_SOURCE[0]}")/../../deploy/Dockerfile"
  options=$(sed -nE 's/^ENV JAVA_TOOL_OPTIONS="([^"]*)".*/\1/p' "${dockerfile}")
  [[ -n "${options}" ]] || { echo "no ENV JAVA_TOOL_OPTIONS=\"...\" line in ${dockerfile}" >&2; return 1; }
  echo "-XX:MaxRAM=1g ${options}"
}
if [[ -z "${IMAGE_JVM_OPTIONS+set}" ]]; then
  IMAGE_JVM_OPTIONS=$(image_jvm_options) || exit 1
fi
SERVICE_PID=""
SERVICE_EXIT_STATUS=""

fail() {
  echo "$(basename "$0"): $*" >&2
  exit 1
}

# The java binary of JDK 25; the service is built for it and measured on it.
java_binary() {
  [[ -x "${ORDERS_JDK}/bin/java" ]] || fail "JDK 25 not found at ${ORDERS_JDK}: set ORDERS_JDK"
  echo "${ORDERS_JDK}/bin/java"
}

require_jar() {
  local jar=$1
  [[ -f "${jar}" ]] || fail "${jar} not found: build it first with ./mvnw -B -DskipTests package"
}

# A TCP port on 127.0.0.1 that nothing listens on (the service binds it a moment later).
free_port() {
  local port attempt
  for attempt in {1..100}; do
    port=$((20000 + (RANDOM * 32768 + RANDOM + attempt) % 40000))
    if ! { exec 3<>"/dev/tcp/127.0.0.1/${port}"; } 2>/dev/null; then
      echo "${port}"
      return
    fi
    exec 3<&- 3>&-
  done
  fail "no free port found on 127.0.0.1"
}

# Sets HTTP_STATUS to the status of GET path on the loopback port (000 when nothing answers).
# Pure bash, in the current shell: no process is started, so polling it in a tight loop does not
# steal CPU from the JVM being measured.
HTTP_STATUS=000
http_get() {
  local port=$1 path=$2
  HTTP_STATUS=000
  { exec 3<>"/dev/tcp/127.0.0.1/${port}"; } 2>/dev/null || return 0
  printf 'GET %s HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n' "${path}" >&3
  IFS=' ' read -r -t 5 _ HTTP_STATUS _ <&3 || HTTP_STATUS=000
  exec 3<&- 3>&-
}

# The env(1) arguments that clear every service variable and set the NAME=value pairs given.
service_environment() {
  local name
  for name in "${SERVICE_VARIABLES[@]}"; do printf '%s\0' -u "${name}"; done
  (($# == 0)) || printf '%s\0' "$@"
}

# Usage: start_service LOG JAR [NAME=value...] -- [ARG...]
# Starts `java -jar JAR ARG...` in the background with only the service variables given (plus the
# caller's PATH, HOME...); its output goes to LOG. Sets SERVICE_PID.
start_service() {
  local log=$1 jar=$2
  shift 2
  local -a settings=()
  while (($# > 0)) && [[ "$1" != "--" ]]; do settings+=("$1"); shift; done
  shift
  start_java "${log}" "${settings[@]}" -- -jar "${jar}" "$@"
}

# Usage: start_java LOG [NAME=value...] -- JAVA_ARG...
# Like start_service, for any java command line (e.g. a single-file program). Sets SERVICE_PID.
start_java() {
  local log=$1
  shift
  local -a settings=()
  while (($# > 0)) && [[ "$1" != "--" ]]; do settings+=("$1"); shift; done
  shift
  local java
  java=$(java_binary)
  local -a environment options=()
  mapfile -d '' environment < <(service_environment "${settings[@]}")
  read -r -a options <<<"${IMAGE_JVM_OPTIONS} ${JVM_OPTIONS}"
  env "${environment[@]}" "${java}" "${options[@]}" "$@" >"${log}" 2>&1 &
  SERVICE_PID=$!
}

# Usage: consumer_queues
# The queues the service's consumers declare (each with its parking and retry queues), without the
# RABBITMQ_NAME_PREFIX and the "orders." before them: what a script that ran one deletes after.
consumer_queues() {
  local consumer
  for consumer in notifications task-send-notice task-export-orders; do
    echo "${consumer}" "${consumer}.parked" "${consumer}".retry.{1..4}
  done
}

# Usage: run_command LOG JAR [NAME=value...] -- [ARG...]
# Runs a one-shot command of the jar (migrate, config) in the foreground, same environment rules.
run_command() {
  local log=$1 jar=$2
  shift 2
  local -a settings=()
  while (($# > 0)) && [[ "$1" != "--" ]]; do settings+=("$1"); shift; done
  shift
  local java
  java=$(java_binary)
  local -a environment
  mapfile -d '' environment < <(service_environment "${settings[@]}")
  env "${environment[@]}" "${java}" -jar "${jar}" "$@" >"${log}" 2>&1 \
    || fail "java -jar ${jar} $* failed; its output: ${log}"
}

# Sleeps for SECONDS (fractions allowed) without starting a process: `read -t` on a pipe that
# this shell holds open for writing too, so no data and no end-of-file ever arrive.
PAUSE_FD=""
pause() {
  [[ -n "${PAUSE_FD}" ]] || exec {PAUSE_FD}<> <(:)
  read -r -t "$1" -u "${PAUSE_FD}" _ || true
}

# Waits until GET /health/ready answers 200, polling about every 5 ms; fails when the process
# exits or after TIMEOUT seconds.
wait_until_ready() {
  local port=$1 timeout_seconds=$2 log=$3
  local deadline=$((SECONDS + timeout_seconds))
  http_get "${port}" /health/ready
  until [[ "${HTTP_STATUS}" == "200" ]]; do
    kill -0 "${SERVICE_PID}" 2>/dev/null || fail "the service exited during start-up; its log: ${log}"
    ((SECONDS < deadline)) || fail "the service was not ready within ${timeout_seconds} s; its log: ${log}"
    pause 0.005
    http_get "${port}" /health/ready
  done
}

# The bearer token that demo mode logs at start-up (JSON log line with a demoToken field).
demo_token() {
  local log=$1 token
  token=$(jq -nrR 'first(inputs | fromjson? | .demoToken // empty)' "${log}")
  [[ -n "${token}" ]] || fail "no demoToken in ${log}: is the service in demo mode (AUTH_ISSUER unset)?"
  echo "${token}"
}

# Resident set size of the service in MiB.
service_rss_mib() {
  local rss_kib
  rss_kib=$(ps -o rss= -p "${SERVICE_PID}")
  echo $((rss_kib / 1024))
}

# Sends SIGTERM (graceful shutdown) and waits up to TIMEOUT seconds, then SIGKILL. Sets
# SERVICE_EXIT_STATUS to the process's exit status.
stop_service() {
  local timeout_seconds=${1:-30}
  [[ -n "${SERVICE_PID}" ]] || return 0
  if kill -0 "${SERVICE_PID}" 2>/dev/null; then
    kill -TERM "${SERVICE_PID}"
    local deadline=$((SECONDS + timeout_seconds))
    while kill -0 "${SERVICE_PID}" 2>/dev/null && ((SECONDS < deadline)); do sleep 0.1; done
    if kill -0 "${SERVICE_PID}" 2>/dev/null; then
      echo "$(basename "$0"): the service did not stop within ${timeout_seconds} s; killing it" >&2
      kill -KILL "${SERVICE_PID}"
    fi
  fi
  local status=0
  wait "${SERVICE_PID}" 2>/dev/null || status=$?
  # shellcheck disable=SC2034 # read by the scripts that source this file
  SERVICE_EXIT_STATUS=${status}
  SERVICE_PID=""
}

# Copies everything the script prints from now on (errors too) to FILE as well.
OUTPUT_COPY_PID=""
copy_output_to() {
  exec > >(tee "$1") 2>&1
  OUTPUT_COPY_PID=$!
}

# Closes the copy and waits for it, so that the report is complete when the script exits.
finish_output_copy() {
  [[ -n "${OUTPUT_COPY_PID}" ]] || return 0
  exec >&- 2>&-
  wait "${OUTPUT_COPY_PID}" || true
}

# CPU time used so far, in clock ticks (user + system, /proc/PID/stat fields 14, 15): of one
# process, and of all PostgreSQL's processes together
cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$1/stat"; }
postgres_ticks() {
  local pids
  pids=$(pgrep -u postgres -d ' ' postgres) || { echo 0; return; }
  # shellcheck disable=SC2086 # one path per process
  (cd /proc && awk '{ t += $14 + $15 } END { print t + 0 }' ${pids// //stat }/stat 2>/dev/null) || echo 0
}

# Usage: per_request TICKS REQUESTS: microseconds of CPU per request
per_request() {
  awk -v t="$1" -v hz="$(getconf CLK_TCK)" -v n="$2" 'BEGIN { printf "%.0f", t / hz * 1e6 / n }'
}

# The median of the numbers given as arguments.
median() {
  printf '%s\n' "$@" | sort -n | awk '{ v[NR] = $1 } END {
    if (NR % 2) { print v[(NR + 1) / 2] } else { print (v[NR / 2] + v[NR / 2 + 1]) / 2 } }'
}

# Usage: create_orders BASE_URL TOKEN COUNT WORK_DIR
# Creates COUNT orders through POST /api/v1/orders and writes their ids to WORK_DIR/ids.txt. All
# creations go through one curl process (one connection, kept alive); each response body is one
# line of JSON, from which the ids are taken.
create_orders() {
  local base=$1 token=$2 count=$3 work=$4 i
  {
    for ((i = 1; i <= count; i++)); do
      printf 'url = "%s/api/v1/orders"\n' "${base}"
      printf 'header = "Authorization: Bearer %s"\n' "${token}"
      printf 'header = "Content-Type: application/json"\n'
      printf 'data = "{\\"customer\\":{\\"name\\":\\"Perf Customer %d\\",\\"email\\":\\"perf%d@example.com\\"},' "${i}" "${i}"
      printf '\\"currency\\":\\"EUR\\",\\"lines\\":[{\\"sku\\":\\"SKU-%d\\",\\"quantity\\":%d,' "$((i % 50))" "$((1 + i % 5))"
      printf '\\"unitPrice\\":{\\"amountMinor\\":%d,\\"currency\\":\\"EUR\\"}}]}"\n' "$((100 + i))"
      printf 'write-out = "\\n"\nfail-with-body\nmax-time = 10\n'
      ((i == count)) || printf 'next\n'
    done
  } >"${work}/create.curl"
  timeout 300 curl --silent --show-error --config "${work}/create.curl" >"${work}/created.jsonl" \
    || fail "creating orders failed; responses: ${work}/created.jsonl"
  jq -r 'select(.id) | .id' "${work}/created.jsonl" >"${work}/ids.txt"
  local created
  created=$(wc -l <"${work}/ids.txt")
  ((created == count)) || fail "created ${created} of ${count} orders; responses: ${work}/created.jsonl"
}

# Usage: require_postgres [TOOL...]
# Fails unless psql, curl, jq and the TOOLs are installed and PostgreSQL answers on
# PGHOST:PGPORT.
require_postgres() {
  local tool
  for tool in psql curl jq "$@"; do
    command -v "${tool}" >/dev/null || fail "${tool} is missing: apt-get install -y postgresql-client curl jq $*"
  done
  pg_isready -q -h "${PGHOST}" -p "${PGPORT}" \
    || fail "PostgreSQL does not answer on ${PGHOST}:${PGPORT}: start it (pg_ctlcluster --skip-systemctl-redirect \$(ls /etc/postgresql) main start)"
}

# Drops database NAME, if there is one, even while connections remain.
drop_database() {
  psql -q -d postgres -c "SET client_min_messages = warning" \
    -c "DROP DATABASE IF EXISTS $1 WITH (FORCE)" >/dev/null
}

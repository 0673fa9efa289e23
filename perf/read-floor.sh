#!/usr/bin/env bash
# What PostgreSQL itself spends on the uncached GET /api/v1/orders/{id}, without the service: pgbench
# sends the statement shapes of the read, in turns, and the script reports PostgreSQL's CPU time per
# transaction beside pgbench's rate. The shapes:
#   round-trip  a statement that only computes the order id: the floor of one round trip
#   read        the service's SELECT by tenant and id, as the superuser (no row-level security)
#   policy      the same SELECT as orders_service under the policies, the tenant set once for the
#               whole session (PGOPTIONS): what the policies cost
#   service     what the service sends (ADR 0028): set_config of the tenant and the SELECT in one
#               pipeline, one implicit transaction, as orders_service under the policies
#   function    the same two steps inside one PL/pgSQL function (created here only): one
#               statement instead of two
# The database (orders_perf_floor) is migrated by the jar as orders_owner, filled with ORDERS
# orders of one tenant, and dropped at the end. Builds nothing: build the jar first, e.g.
#   ./mvnw -B -q -DskipTests package && perf/read-floor.sh
#   ROUNDS=5 DURATION=10 perf/read-floor.sh
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
# shellcheck source=perf/lib/service.sh
source perf/lib/service.sh

readonly JAR=${JAR:-bootstrap/target/orders-service.jar}
readonly ROUNDS=${ROUNDS:-3}
readonly DURATION=${DURATION:-8}
readonly CLIENTS=${CLIENTS:-4}
readonly ORDERS=${ORDERS:-1000}
readonly PGHOST=${PGHOST:-127.0.0.1}
readonly PGPORT=${PGPORT:-5432}
readonly PGUSER=${PGUSER:-postgres}
readonly SHAPES=${SHAPES:-round-trip read policy service function}
readonly DATABASE=orders_perf_floor
export PGHOST PGPORT PGUSER

require_jar "${JAR}"
require_postgres pgbench
[[ -z "${PGPASSWORD:-}" ]] || fail "the roles of db/roles.sql have no password here: run against a server that trusts loopback"

work="$(pwd)/perf/results/read-floor-$(date -u +%Y%m%dT%H%M%SZ)"
mkdir -p "${work}"
cleanup() {
  drop_database "${DATABASE}" || echo "could not drop ${DATABASE}" >&2
  finish_output_copy
}
trap cleanup EXIT
copy_output_to "${work}/report.txt"

echo "# PostgreSQL's share of GET /api/v1/orders/{id}: ${SHAPES}, $(date -u +%Y-%m-%dT%H:%M:%SZ)"
echo "# $(nproc) CPUs; PostgreSQL $(psql -Atqc 'SHOW server_version' -d postgres); load average $(cut -d ' ' -f 1-3 /proc/loadavg)"
echo "# ${ORDERS} orders; ${ROUNDS} rounds of pgbench -M prepared -c ${CLIENTS} -j 1 -T ${DURATION} per shape"

psql -q -v ON_ERROR_STOP=1 -d postgres -f adapters-persistence/src/main/resources/db/roles.sql
drop_database "${DATABASE}"
psql -q -d postgres -c "CREATE DATABASE ${DATABASE} OWNER orders_owner" >/dev/null
run_command "${work}/migrate.log" "${JAR}" \
  "DATABASE_URL=jdbc:postgresql://${PGHOST}:${PGPORT}/${DATABASE}" DATABASE_USER=orders_service \
  DATABASE_MIGRATION_USER=orders_owner -- migrate

# The ids are a function of a number, so that pgbench, which has numeric variables only, can ask
# for one at random; every shape computes its id the same way.
readonly ID="('0190a6a0-0000-7000-8000-' || lpad(to_hex(:n::int), 12, '0'))::uuid"
readonly COLUMNS="tenant_id, id, status, customer_name, customer_email, currency, lines,\
 payment_reference, cancellation_reason, created_at, updated_at, version"
# the service's statement (PostgresOrders), with the id of number :n
readonly BY_ID="SELECT ${COLUMNS} FROM orders WHERE tenant_id = 'bench' AND id = ${ID};"
psql -q -v ON_ERROR_STOP=1 -d "${DATABASE}" <<SQL
INSERT INTO orders (${COLUMNS})
SELECT 'bench', ${ID//:n::int/g}, 'PLACED',
  'Ada Lovelace', 'ada@example.com', 'EUR',
  '[{"sku":"BOOK-1","quantity":2,"unitPriceMinor":1250},{"sku":"PEN-7","quantity":1,"unitPriceMinor":300}]',
  NULL, NULL, now(), now(), 1
FROM generate_series(1, ${ORDERS}) AS g;
CREATE FUNCTION bench_order_of(tenant text, order_id uuid) RETURNS SETOF orders
  LANGUAGE plpgsql AS \$\$
BEGIN
  PERFORM set_config('app.tenant', tenant, true);
  RETURN QUERY SELECT * FROM orders WHERE orders.tenant_id = tenant AND orders.id = order_id;
END
\$\$;
GRANT EXECUTE ON FUNCTION bench_order_of(text, uuid) TO orders_service;
SQL

declare -A USER_OF=([round-trip]=orders_service [read]="${PGUSER}" [policy]=orders_service
  [service]=orders_service [function]=orders_service)
declare -A OPTIONS_OF=([policy]="-c app.tenant=bench")
script() {
  echo "\\set n random(1, ${ORDERS})"
  case "$1" in
    round-trip) echo "SELECT ${ID};" ;;
    read|policy) echo "${BY_ID}" ;;
    service)
      echo '\startpipeline'
      echo "SELECT set_config('app.tenant'::text, 'bench'::text, true);"
      echo "${BY_ID}"
      echo '\endpipeline' ;;
    function) echo "SELECT ${COLUMNS} FROM bench_order_of('bench', ${ID});" ;;
    *) fail "unknown shape $1 (round-trip, read, policy, service, function)" ;;
  esac
}
for shape in ${SHAPES}; do script "${shape}" >"${work}/${shape}.sql"; done

# PostgreSQL's CPU so far, the backends that ended included: pgbench's backends exit with it, and
# the postmaster's children's times (fields 16, 17 of its stat) keep what they used.
postgres_cpu() {
  local postmaster
  postmaster=$(pgrep -o -u postgres -x postgres)
  echo $(($(postgres_ticks) + $(awk '{ print $16 + $17 }' "/proc/${postmaster}/stat")))
}

declare -A RATE CPU
for round in $(seq 1 "${ROUNDS}"); do
  for shape in ${SHAPES}; do
    before=$(postgres_cpu)
    PGOPTIONS="${OPTIONS_OF[${shape}]:-}" pgbench -n -M prepared -U "${USER_OF[${shape}]}" \
      -c "${CLIENTS}" -j 1 -T "${DURATION}" -f "${work}/${shape}.sql" "${DATABASE}" \
      >"${work}/round${round}-${shape}.txt" 2>&1 \
      || fail "pgbench failed for ${shape}: ${work}/round${round}-${shape}.txt"
    pause 0.5  # the postmaster reaps the backends
    after=$(postgres_cpu)
    done_count=$(sed -nE 's/^number of transactions actually processed: ([0-9]+).*/\1/p' \
      "${work}/round${round}-${shape}.txt")
    failed=$(sed -nE 's/^number of failed transactions: ([0-9]+).*/\1/p' "${work}/round${round}-${shape}.txt")
    ((${failed:-0} == 0 && ${done_count:-0} > 0)) || fail "${shape} failed: ${work}/round${round}-${shape}.txt"
    rate=$((done_count / DURATION))
    cpu=$(per_request $((after - before)) "${done_count}")
    RATE[${shape}]+="${rate} "
    CPU[${shape}]+="${cpu} "
    printf 'round %d %-10s %7d transactions/s  PostgreSQL %4d us CPU/transaction\n' \
      "${round}" "${shape}" "${rate}" "${cpu}"
  done
done
echo "medians over ${ROUNDS} rounds:"
for shape in ${SHAPES}; do
  # shellcheck disable=SC2086 # one number per word
  printf '%-10s %7d transactions/s  PostgreSQL %4d us CPU/transaction\n' \
    "${shape}" "$(median ${RATE[${shape}]})" "$(median ${CPU[${shape}]})"
done
echo "report: ${work}/report.txt"

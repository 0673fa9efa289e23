#!/usr/bin/env bash
# The long fuzz run of the HTTP edge: TRIES generated requests per storage mode (default 100,000),
# in demo mode and on PostgreSQL, against the real service (the jqwik suite in
# bootstrap/src/test/.../fuzz, as `./mvnw verify` runs it with a small budget). Prints, per mode,
# the count of answers by status and the oracle's failures (any 5xx, any error that is not
# problem+json, any undeclared status, any state changed by a refused or safe request). Unlike the
# other scripts it builds what it runs (a Maven test run); loopback only; needs PostgreSQL on
# 127.0.0.1:5432 (TEST_DATABASE_URL etc. change that).
#
#   flock /tmp/orders-bench.lock perf/fuzz.sh             # 100,000 per mode, the fixed seed
#   TRIES=200000 SEED=42 perf/fuzz.sh                     # more, from another seed
#   MODES=demo perf/fuzz.sh                               # one storage mode only
#   SURVEY=false perf/fuzz.sh                             # stop at the first failure, shrink it
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."

readonly TRIES=${TRIES:-100000}
readonly SEED=${SEED:-20261201}
# A survey goes on after a failure and lists each kind once: what a long run is for.
readonly SURVEY=${SURVEY:-true}
readonly JDK=${ORDERS_JDK:-/usr/lib/jvm/temurin-25-jdk-amd64}
# storage modes to fuzz: demo (in memory) and postgresql, each its own test class and JVM
readonly MODES=${MODES:-demo postgresql}

export JAVA_HOME="${JDK}"
export PATH="${JAVA_HOME}/bin:${PATH}"

work="perf/results/fuzz-$(date -u +%Y%m%dT%H%M%SZ)"
mkdir -p "${work}"
report="${work}/report.txt"

tests=()
for mode in ${MODES}; do
  case "${mode}" in
    demo) tests+=(DemoModeFuzzTest) ;;
    postgresql) tests+=(PostgresFuzzTest) ;;
    *) echo "fuzz: unknown mode '${mode}': choose from demo postgresql" >&2; exit 2 ;;
  esac
done

started=${SECONDS}
status=0
./mvnw -B -pl bootstrap -am verify -DskipITs -Djacoco.skip=true \
  -Dtest="$(IFS=,; echo "${tests[*]}")" -Dsurefire.failIfNoSpecifiedTests=false \
  -Dfuzz.tries="${TRIES}" -Dfuzz.seed="${SEED}" -Dfuzz.survey="${SURVEY}" \
  >"${work}/maven.log" 2>&1 || status=$?
elapsed=$((SECONDS - started))

cp bootstrap/target/fuzz/* "${work}/" 2>/dev/null || true
{
  echo "fuzz: ${TRIES} generated requests per mode, seed ${SEED}, survey ${SURVEY}," \
    "commit ${COMMIT:-$(git rev-parse --short HEAD 2>/dev/null || echo unknown)}, ${elapsed} s," \
    "load: $(uptime | sed 's/.*load/load/')"
  for mode in ${MODES}; do
    counts="${work}/${mode}.tsv"
    if [[ ! -f "${counts}" ]]; then
      echo "${mode}: no counts (the run failed before the end; see ${work}/maven.log)"
      continue
    fi
    # status 0 counts requests whose client hung up on purpose, with no answer to judge
    awk -F'\t' -v mode="${mode}" '
      # a 505 is the right answer to a malformed request line without HTTP/1.x
      NR > 1 {
        by[$2] += $3; total += $3
        if ($2 == 505 && $1 ~ /^malformed/) version += $3; else if ($2 >= 500) server += $3
      }
      END {
        printf "%s: %d requests, %d answered 5xx (besides %d x 505 to request lines without HTTP/1.x)\n", mode, total, server, version
        for (s in by) printf "  %s\t%d\n", (s == 0 ? "hung up" : s), by[s] | "sort -n"
        close("sort -n")
      }' "${counts}"
    failures="${work}/${mode}-failures.txt"
    if [[ -s "${failures}" ]]; then
      echo "  oracle failures, by kind:"
      grep -E '^[0-9]+ x ' "${failures}" | sed 's/^/    /'
    else
      echo "  oracle failures: none"
    fi
  done
  echo "details: ${work}/ (maven.log, *.tsv by kind of request, *-failures.txt)"
} | tee "${report}"
exit "${status}"

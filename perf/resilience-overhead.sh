#!/usr/bin/env bash
# What the resilience guards cost on the hot path: perf/on-off.sh with RESILIENCE_ENABLED, on
# PostgreSQL without a cache.
#
#   perf/resilience-overhead.sh                        # ROUNDS=3, get-by-id.sh defaults
#   ROUNDS=2 WARMUP=30 perf/resilience-overhead.sh     # any get-by-id.sh variable passes on
exec "$(dirname "${BASH_SOURCE[0]}")/on-off.sh" RESILIENCE_ENABLED resilience uncached

#!/usr/bin/env bash
# Runs geokg's benchmarks and writes their output under bench/out/, one file
# per run, in the format benchstat reads. The numbers in docs/benchmarks.md
# come from here. This machine class is shared and noisy: compare figures
# from one run with each other (ratios), and use -count and benchstat to
# compare runs.
#
#   bench/run.sh            # every benchmark, count 5
#   COUNT=10 bench/run.sh   # more samples
#   NEO4J_URI=bolt://localhost:7687 NEO4J_PASSWORD=… bench/run.sh   # adds the Neo4j load
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
count=${COUNT:-5}
out=bench/out/$(date -u +%Y%m%dT%H%M%SZ).txt
mkdir -p bench/out
{
	echo "# geokg benchmarks, $(git rev-parse --short HEAD 2>/dev/null || echo unknown), $(go version)"
	echo "# $(nproc) CPUs, load average $(cut -d' ' -f1-3 /proc/loadavg)"
	# Extraction speed is a per-core figure: one CPU.
	go test -run '^$' -bench 'BenchmarkExtract' -benchmem -count "$count" -cpu 1 ./loader/extract
	go test -run '^$' -bench 'BenchmarkLoad' -benchmem -count "$count" ./loader
	go test -run '^$' -bench . -benchmem -count "$count" ./graph/sqlite
	go test -run '^$' -bench . -benchmem -count "$count" ./server
	if [ -n "${NEO4J_URI:-}" ]; then
		go test -run '^$' -bench . -benchmem -count "$count" ./graph/neo4j
	fi
} | tee "$out"
echo "wrote $out"

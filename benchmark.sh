#!/usr/bin/env bash
# Runs the platform on this machine under load and prints a table of figures beside the raw
# ceilings of the same machine (PostgreSQL insert, Kafka producer) measured in the same run.
# Usage: ./benchmark.sh [invoices per second, default 1000] [seconds, default 20]
set -euo pipefail
cd "$(dirname "$0")"
echo "Building (mvn -B -q install -DskipTests)..."
mvn -B -q -Dstyle.color=never install -DskipTests
exec java -Djava.util.logging.manager=org.jboss.logmanager.LogManager \
  -cp "deploy/benchmarks/target/classes:$(cat deploy/benchmarks/target/benchmark.classpath)" \
  com.getpaid.bench.Benchmark "${1:-1000}" "${2:-20}" "$PWD"

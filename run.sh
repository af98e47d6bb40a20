#!/usr/bin/env bash
# Runs the whole product on this machine: Kafka, PostgreSQL, the mail server, the four services and the console.
# Needs only a JDK 17 and Maven. Builds what is missing or out of date first. Ctrl-C stops everything;
# data stays in .data/ for the next start. Usage: ./run.sh [--rebuild] [--kafka-sasl]
# --kafka-sasl: the broker takes SASL/SCRAM-SHA-512 clients only, each service with its own user (docs/operations.md).
set -euo pipefail
cd "$(dirname "$0")"

rebuild=false
platform_opts=()
for arg in "$@"; do
  case "$arg" in
    --rebuild) rebuild=true ;;
    --kafka-sasl) platform_opts+=(-Dgetpaid.local.kafka-sasl=true) ;;
    *) echo "Usage: ./run.sh [--rebuild] [--kafka-sasl]" >&2; exit 2 ;;
  esac
done

stamp=deploy/local/target/launcher.classpath
needs_build=false
if [ "$rebuild" = true ] || [ ! -f "$stamp" ]; then
  needs_build=true
else
  for app in customer-service receivables-service complaint-service notification-service ops-console; do
    [ -f "$app/target/quarkus-app/quarkus-run.jar" ] || needs_build=true
  done
  # any source or build file newer than the last build
  if [ -n "$(find . -path ./.data -prune -o \( -path '*/src/*' -o -name pom.xml \) -newer "$stamp" -type f -print -quit)" ]; then
    needs_build=true
  fi
fi
if [ "$needs_build" = true ]; then
  echo "Building (mvn -B -q install -DskipTests)..."
  mvn -B -q -Dstyle.color=never install -DskipTests
  touch "$stamp"
fi

exec java -Djava.util.logging.manager=org.jboss.logmanager.LogManager ${platform_opts[@]+"${platform_opts[@]}"} \
  -cp "deploy/local/target/classes:$(cat "$stamp")" com.getpaid.local.LocalPlatform "$PWD"

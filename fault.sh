#!/usr/bin/env bash
# Stops or starts a part of the platform that ./run.sh is running, to see what the product does
# when Kafka, the mail server or PostgreSQL is away. Usage: ./fault.sh kafka|mail|postgres stop|start
set -euo pipefail
if [ $# -ne 2 ]; then
  echo "Usage: $0 kafka|mail|postgres stop|start" >&2
  exit 2
fi
curl -sS -f -X POST "http://127.0.0.1:8090/$1/$2"

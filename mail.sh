#!/usr/bin/env bash
# Shows what the local mail server received for one address, decoded. Usage: ./mail.sh ap@huadong.example
set -euo pipefail
cd "$(dirname "$0")"
cp=deploy/local/target/launcher.classpath
[ -f "$cp" ] || { echo "Build first: ./run.sh builds what is missing" >&2; exit 1; }
exec java -cp "deploy/local/target/classes:$(cat "$cp")" com.getpaid.local.ReadMail "$@"

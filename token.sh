#!/usr/bin/env bash
# Prints a bearer token for the embedded platform: ./token.sh [--subject NAME] ROLE [ROLE...]
# e.g. curl -H "Authorization: Bearer $(./token.sh erp)" localhost:8082/api/invoices/INV-1
# Signed with the key in .data/jwt (made on first use; ./run.sh's services trust it); valid for 12 hours.
set -euo pipefail
cd "$(dirname "$0")"
exec java deploy/local/src/main/java/com/getpaid/local/Tokens.java "$PWD/.data" "$@"

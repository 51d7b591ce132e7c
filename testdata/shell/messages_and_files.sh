#!/bin/bash
# Messages and file paths that mention API paths are not requests.
set -e
KOBO_URL="https://kf.kobotoolbox.org"
EXPORT_DIR="${KOBO_DATA_DIR:-/srv/kobo}/exports"

log() { printf '%s %s\n' "$(date -Is)" "$*" >&2; }

log "fetched /api/v1/data/42 into $EXPORT_DIR"
echo "usage: $0 FORMID  (reads /api/v1/forms on the old server)"
mkdir -p "$KOBO_DATA_DIR/exports/daily" "$KOBO_HOME/assets"
cp "$KOBO_DATA_DIR/exports/latest.csv" /tmp/
if [ -f "$KOBO_HOME/assets/list.json" ]; then
  jq -r '.results[].name' "$KOBO_HOME/assets/list.json"
fi
curl -s "$KOBO_URL/api/v2/assets/?format=json" -o "$KOBO_HOME/assets/list.json"
echo "list your forms with: curl https://kc.kobotoolbox.org/api/v1/forms" # want "KB101 host kc.kobotoolbox.org" "KB210 endpoint /api/v1/forms"

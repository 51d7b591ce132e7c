#!/usr/bin/env bash
# A local wrapper around curl: its arguments are request URLs.
set -e
KOBO_SERVER="https://kc.kobotoolbox.org" # want "host kc.kobotoolbox.org"

kobo_get() {
  curl -fsS -H "Authorization: Token ${KOBO_TOKEN}" "${KOBO_SERVER}$1"
}

log() { echo "$(date -Is) $*" >&2; }

kobo_get "/api/v1/forms" | jq -r '.[] | "\(.formid)\t\(.title)"' # want "endpoint /api/v1/forms" "field formid" "field title" "shape"
kobo_get /api/v1/data/42 > /tmp/data.json # want "endpoint /api/v1/data/42"
log "fetched form 42 into /tmp/data.json"

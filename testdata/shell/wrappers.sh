#!/usr/bin/env bash
# A local wrapper around curl: its arguments are request URLs.
set -e
KOBO_SERVER="https://kc.kobotoolbox.org" # want "KB101 host kc.kobotoolbox.org"

kobo_get() {
  curl -fsS -H "Authorization: Token ${KOBO_TOKEN}" "${KOBO_SERVER}$1"
}

log() { echo "$(date -Is) $*" >&2; }

kobo_get "/api/v1/forms" | jq -r '.[] | "\(.formid)\t\(.title)"' # want "KB210 endpoint /api/v1/forms" "KB410 field formid" "KB403 field title" "KB501 shape"
kobo_get /api/v1/data/42 > /tmp/data.json # want "KB202 endpoint /api/v1/data/42"
log "fetched form 42 into /tmp/data.json"

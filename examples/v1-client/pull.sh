#!/usr/bin/env bash
# Pull the project list and the current user (v1 API).
set -euo pipefail
KC="${KC_URL:-https://kc.kobotoolbox.org}"
curl -sS -H "Authorization: Token ${KOBO_TOKEN}" "$KC/api/v1/data" | jq -r '.[] | [.id, .title] | @tsv'
curl -sS -H "Authorization: Token ${KOBO_TOKEN}" "$KC/api/v1/user" | jq -r '.username'

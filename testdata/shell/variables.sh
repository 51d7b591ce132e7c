#!/bin/bash
# Base URLs in variables, inlined where they are used.
KC_URL="${KC_URL:-https://kc.kobotoolbox.org}" # want "host kc.kobotoolbox.org"
export API="https://kc.kobotoolbox.org/api/v1" # want "host" "endpoint /api/v1"
readonly KPI=https://kf.kobotoolbox.org
: "${EU_KC:=https://kc-eu.kobotoolbox.org}" # want "host kc-eu.kobotoolbox.org"
declare -r TOKEN_HDR="Authorization: Token ${KOBO_TOKEN:?}"

fetch_form() {
  local form="$1"
  local url="${API}/forms/${form}" # want "endpoint .*forms"
  curl -s -H "$TOKEN_HDR" "$url"
}

curl -s -H "$TOKEN_HDR" "$KC_URL/api/v1/data" # want "endpoint /api/v1/data"
curl -s -H "$TOKEN_HDR" "${EU_KC}/api/v1/forms" # want "endpoint /api/v1/forms"
curl -s -H "$TOKEN_HDR" "${API%/}/metadata" # want "endpoint .*metadata"
curl -s -H "$TOKEN_HDR" "$KPI/api/v2/assets/"
curl -s -H "$TOKEN_HDR" "$KPI/assets/" # want "endpoint /assets"

printf -v user_url '%s/api/v1/user' "$KC_URL" # want "endpoint /api/v1/user"
curl -s -H "$TOKEN_HDR" "$user_url"

fetch_form 474

#!/bin/bash
# Base URLs in variables, inlined where they are used.
KC_URL="${KC_URL:-https://kc.kobotoolbox.org}" # want "KB101 host kc.kobotoolbox.org"
export API="https://kc.kobotoolbox.org/api/v1" # want "KB101 host" "KB200 endpoint /api/v1"
readonly KPI=https://kf.kobotoolbox.org
: "${EU_KC:=https://kc-eu.kobotoolbox.org}" # want "KB102 host kc-eu.kobotoolbox.org"
declare -r TOKEN_HDR="Authorization: Token ${KOBO_TOKEN:?}"

fetch_form() {
  local form="$1"
  local url="${API}/forms/${form}" # want "KB211 endpoint .*forms"
  curl -s -H "$TOKEN_HDR" "$url"
}

curl -s -H "$TOKEN_HDR" "$KC_URL/api/v1/data" # want "KB201 endpoint /api/v1/data"
curl -s -H "$TOKEN_HDR" "${EU_KC}/api/v1/forms" # want "KB210 endpoint /api/v1/forms"
curl -s -H "$TOKEN_HDR" "${API%/}/metadata" # want "KB220 endpoint .*metadata"
curl -s -H "$TOKEN_HDR" "$KPI/api/v2/assets/"
curl -s -H "$TOKEN_HDR" "$KPI/assets/" # want "KB304 endpoint /assets"

printf -v user_url '%s/api/v1/user' "$KC_URL" # want "KB230 endpoint /api/v1/user"
curl -s -H "$TOKEN_HDR" "$user_url"

fetch_form 474

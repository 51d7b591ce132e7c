#!/usr/bin/env bash
# jq filters read v1 field names from v1 responses.
set -euo pipefail
KC="https://kc.kobotoolbox.org" # want "KB101 host kc.kobotoolbox.org"
AUTH="Authorization: Token ${KOBO_TOKEN}"

curl -s -H "$AUTH" "$KC/api/v1/forms" | jq -r '.[] | [.formid, .id_string, .title] | @tsv' # want "KB210 endpoint /api/v1/forms" "KB410 field formid" "KB401 field id_string" "KB403 field title" "KB501 shape"

forms=$(curl -s -H "$AUTH" "$KC/api/v1/forms") # want "KB210 endpoint /api/v1/forms"
jq -r '.[].num_of_submissions' <<<"$forms" # want "KB424 field num_of_submissions" "KB501 shape"
echo "$forms" | jq -c '.[] | {name: .title, n: .num_of_submissions}' # want "KB403 field title" "KB424 field num_of_submissions" "KB501 shape"
echo "$forms" | jq -r 'map(select(.owner == "me")) | .[]["id_string"]' # want "KB411 field owner" "KB401 field id_string" "KB501 shape"
jq -r '.[] | .description // "none"' <<<"$forms" # want "KB404 field description" "KB501 shape"

for id in $(curl -s -H "$AUTH" "$KC/api/v1/forms" | jq -r '.[].formid'); do # want "KB210 endpoint /api/v1/forms" "KB410 field formid" "KB501 shape"
  curl -s -H "$AUTH" "$KC/api/v1/forms/$id" | jq '{title, tags}' # want "KB211 endpoint /api/v1/forms" "KB403 field title" "KB413 field tags"
done

curl -s -H "$AUTH" "$KC/api/v1/forms" | jq -c '.[]' | while read -r form; do # want "KB210 endpoint /api/v1/forms" "KB501 shape"
  jq -r '.last_submission_time' <<<"$form" # want "KB421 field last_submission_time"
done

curl -s -H "$AUTH" "$KC/api/v1/user" -o /tmp/me.json # want "KB230 endpoint /api/v1/user"
jq -r '.organization' /tmp/me.json # want "KB443 field organization"

# builtins, variables and formats are not fields; submission fields are
# unchanged in v2
echo "$forms" | jq -r '.[] | length, keys, $__loc__, (.[0] | tostring) | @base64'  # want "KB501 shape"
curl -s -H "$AUTH" "$KC/api/v1/data/474" | jq -r '.[] | ._id, ._submission_time, ._uuid' # want "KB202 endpoint /api/v1/data/474" "KB501 shape"

# v2 responses read with v2 names: silent
curl -s -H "$AUTH" "https://kf.kobotoolbox.org/api/v2/assets/" | jq -r '.results[] | .uid, .name, .deployment__submission_count'

# a title of something else: silent
curl -s "https://api.github.com/repos/kobotoolbox/kpi/releases/latest" | jq -r '.title, .tag_name'

#!/usr/bin/env bash
# jq filters read v1 field names from v1 responses.
set -euo pipefail
KC="https://kc.kobotoolbox.org" # want "host kc.kobotoolbox.org"
AUTH="Authorization: Token ${KOBO_TOKEN}"

curl -s -H "$AUTH" "$KC/api/v1/forms" | jq -r '.[] | [.formid, .id_string, .title] | @tsv' # want "endpoint /api/v1/forms" "field formid" "field id_string" "field title" "shape"

forms=$(curl -s -H "$AUTH" "$KC/api/v1/forms") # want "endpoint /api/v1/forms"
jq -r '.[].num_of_submissions' <<<"$forms" # want "field num_of_submissions" "shape"
echo "$forms" | jq -c '.[] | {name: .title, n: .num_of_submissions}' # want "field title" "field num_of_submissions" "shape"
echo "$forms" | jq -r 'map(select(.owner == "me")) | .[]["id_string"]' # want "field owner" "field id_string" "shape"
jq -r '.[] | .description // "none"' <<<"$forms" # want "field description" "shape"

for id in $(curl -s -H "$AUTH" "$KC/api/v1/forms" | jq -r '.[].formid'); do # want "endpoint /api/v1/forms" "field formid" "shape"
  curl -s -H "$AUTH" "$KC/api/v1/forms/$id" | jq '{title, tags}' # want "endpoint /api/v1/forms" "field title" "field tags"
done

curl -s -H "$AUTH" "$KC/api/v1/forms" | jq -c '.[]' | while read -r form; do # want "endpoint /api/v1/forms" "shape"
  jq -r '.last_submission_time' <<<"$form" # want "field last_submission_time"
done

curl -s -H "$AUTH" "$KC/api/v1/user" -o /tmp/me.json # want "endpoint /api/v1/user"
jq -r '.organization' /tmp/me.json # want "field organization"

# builtins, variables and formats are not fields; submission fields are
# unchanged in v2
echo "$forms" | jq -r '.[] | length, keys, $__loc__, (.[0] | tostring) | @base64'  # want "shape"
curl -s -H "$AUTH" "$KC/api/v1/data/474" | jq -r '.[] | ._id, ._submission_time, ._uuid' # want "endpoint /api/v1/data/474" "shape"

# v2 responses read with v2 names: silent
curl -s -H "$AUTH" "https://kf.kobotoolbox.org/api/v2/assets/" | jq -r '.results[] | .uid, .name, .deployment__submission_count'

# a title of something else: silent
curl -s "https://api.github.com/repos/kobotoolbox/kpi/releases/latest" | jq -r '.title, .tag_name'

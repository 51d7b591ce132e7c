#!/usr/bin/env bash
# Writes: curl -F/-d/-T/-X POST and wget --post-data send to v1 endpoints;
# a write to the form list is an upload, never the list (issue 10, class 2).
set -eu
KF="https://kf.kobotoolbox.org"
AUTH="Authorization: Token ${KOBO_TOKEN}"

# an XLSForm upload: v2 imports go through /api/v2/imports/
curl -s -H "$AUTH" -F "xls_file=@survey.xlsx" "$KF/api/v1/forms" # want "KB210 endpoint /api/v1/forms"
# the same URL read elsewhere: its rewrite would change the upload too
curl -s -H "$AUTH" "$KF/api/v1/forms" | jq -r '.[].formid' # want "KB210 endpoint /api/v1/forms" "KB410 field formid" "KB501 shape"

# explicit methods
curl -s -X DELETE -H "$AUTH" "$KF/api/v1/forms/12" # want "KB211 endpoint /api/v1/forms/12"
wget -q --header="$AUTH" --post-data '{"x":1}' -O - "$KF/api/v1/submissions" # want "KB224 endpoint /api/v1/submissions"

# -G sends the data as a query: a read
curl -sG -H "$AUTH" "$KF/api/v1/user" --data-urlencode "format=json" | jq -r .username # want "KB230 endpoint /api/v1/user"

# a POST to another service's v1 API: silent
curl -s -X POST -d '{"text":"done"}' "https://hooks.example.org/api/v1/forms"

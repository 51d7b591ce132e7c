#!/usr/bin/env bash
# Every jq filter that reads a v1 list's response as the server sent it
# is a decode: v2 answers a page object, so the filter must start at the
# page's results (issue 10, classes 1 and 9). The response reaches jq
# through a pipe, a file, or a variable.
set -euo pipefail
KC="https://kc.kobotoolbox.org" # want "KB101 host kc.kobotoolbox.org"
AUTH="Authorization: Token ${KOBO_TOKEN}"

# counts: on a page, `length` would count its keys
n=$(curl -s -H "$AUTH" "$KC/api/v1/forms" | jq length) # want "KB210 endpoint /api/v1/forms" "KB501 shape"
echo "forms: $n"

# a file written by curl -o, read later by jq
curl -s -H "$AUTH" -o forms.json "$KC/api/v1/forms" # want "KB210 endpoint /api/v1/forms"
jq -r 'map(.id_string) | join(",")' forms.json # want "KB401 field id_string" "KB501 shape"

# a file written by a redirection
curl -s -H "$AUTH" "$KC/api/v1/forms" > all.json # want "KB210 endpoint /api/v1/forms"
first=$(jq -r '.[0].id_string' all.json) # want "KB401 field id_string" "KB501 shape"

# a response held in a variable
page=$(curl -s -H "$AUTH" "$KC/api/v1/forms") # want "KB210 endpoint /api/v1/forms"
echo "$page" | jq '[.[] | select(.downloadable)] | length' # want "KB419 field downloadable" "KB501 shape"

# the identity prints the list: it prints the page's results after
curl -s -H "$AUTH" "$KC/api/v1/forms" | jq . # want "KB210 endpoint /api/v1/forms" "KB501 shape"

# what jq prints is no longer the response: the second jq reads items
curl -s -H "$AUTH" "$KC/api/v1/forms" | jq -c '.[]' | jq -r '.title' # want "KB210 endpoint /api/v1/forms" "KB501 shape" "KB403 field title"

# v2 code already reads the page: silent
curl -s -H "$AUTH" "https://kf.kobotoolbox.org/api/v2/assets/" | jq '.results | length'
curl -s -H "$AUTH" "https://kf.kobotoolbox.org/api/v2/assets/" | jq -r '.count'

# Ona and ODK Central answer lists under their own v1 APIs: silent
curl -s "https://api.ona.io/api/v1/forms" | jq length
curl -s -u "$CENTRAL_USER" "https://central.example.org/v1/projects" | jq -r '.[].name'

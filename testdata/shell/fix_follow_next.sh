#!/bin/sh
# A v1 list piped from curl into jq, alone on its line: the unsafe fix
# turns it into a loop that follows next and pipes every page into the
# same jq. Elsewhere (a count in $(...), more stages) the first page's
# results are read.
KC="https://kf.kobotoolbox.org"
AUTH="Authorization: Token ${KOBO_TOKEN}"

curl -s -H "$AUTH" "$KC/api/v1/data" | jq -r '.[].id_string' # want "KB201" "KB401" "KB501"

if [ -n "$VERBOSE" ]; then
  curl -s "$KC/api/v1/data" -H "$AUTH" | jq -r '.[] | .title' # want "KB201" "KB403" "KB501"
fi

n=$(curl -s -H "$AUTH" "$KC/api/v1/data" | jq length) # want "KB201" "KB501"
curl -s -H "$AUTH" "$KC/api/v1/data" | jq -c '.[]' | while read -r row; do echo "$row"; done # want "KB201" "KB501"
echo "$n"

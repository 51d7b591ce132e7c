#!/bin/sh
# Comments are not code: https://kc.kobotoolbox.org/api/v1/data was the old URL.
# was: curl -s "https://kc.kobotoolbox.org/api/v1/forms" | jq '.[].title'
KOBO_URL=https://kf.kobotoolbox.org

# kobolint:ignore
curl -s "https://kc.kobotoolbox.org/api/v1/forms/474"
curl -s "https://kc.kobotoolbox.org/api/v1/user" # kobolint:ignore[KB101,KB230]

curl -s "https://kc.kobotoolbox.org/api/v1/user" # kobolint:ignore[KB101] want "KB230 endpoint /api/v1/user"

curl -s "$KOBO_URL/api/v2/assets/" | jq -r '.results[].name' # the v1 list was /api/v1/forms

#!/bin/sh
# A KoboCAT host derived from the KPI host by a parameter expansion
# ${VAR/pattern/replacement} (issue 11, string transforms).
KPI="https://kf.kobotoolbox.org"
KC="${KPI/kf./kc.}" # want "KB101 host kc.kobotoolbox.org"
curl -s "$KC/api/v1/data" | jq -r '.[].id_string' # want "KB201 endpoint /api/v1/data" "KB401 field id_string" "KB501 shape"

# the reverse is the migration itself: silent
OLD="https://kc.example.org"
NEW="${OLD/kc./kf.}"
curl -s "$NEW/api/v2/assets/" | jq -r '.results[].uid'

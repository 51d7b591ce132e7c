#!/usr/bin/env bash
# curl, wget and httpie requests: literal URLs, line continuations, --url,
# form bodies. Look-alikes (v2, OpenRosa, Ona, ODK Central) stay silent.
set -euo pipefail

curl -sS -H "Authorization: Token $KOBO_TOKEN" \
     -H "Accept: application/json" \
     "https://kc.kobotoolbox.org/api/v1/forms" # want "KB101 host kc.kobotoolbox.org" "KB210 endpoint /api/v1/forms"

curl -s --url 'https://kc.kobotoolbox.org/api/v1/data/474?format=json' -o data.json # want "KB101 host" "KB202 endpoint /api/v1/data/474"
wget -qO- "https://kc-eu.kobotoolbox.org/api/v1/user" # want "KB102 host kc-eu" "KB230 endpoint /api/v1/user"
http GET https://kc.humanitarianresponse.info/api/v1/metadata "Authorization:Token $KOBO_TOKEN" # want "KB103 host" "KB220 endpoint /api/v1/metadata"

# KPI v1 paths: same host, no /api/v2 prefix
curl -X POST "https://kf.kobotoolbox.org/exports/" `# want "KB305 endpoint /exports"` \
  -d "source=https://kf.kobotoolbox.org/assets/aBcDeF123/&type=csv" # want "KB304 endpoint /assets"
curl -s "https://kf.kobotoolbox.org/exports/" # want "KB305 endpoint /exports"

# already v2: silent
curl -s "https://kf.kobotoolbox.org/api/v2/assets/?asset_type=survey"
curl -s "https://kf.kobotoolbox.org/api/v2/assets/aBcDeF123/data/?format=json"
curl -s https://kf.kobotoolbox.org/me/
wget -O forms.json "https://eu.kobotoolbox.org/api/v2/assets/"

# KoboCollect / OpenRosa endpoints on the kc host stay valid: silent
curl -I -u "$U:$P" -H "X-OpenRosa-Version: 1.0" "https://kc.kobotoolbox.org/submission"
curl -s -u "$U:$P" "https://kc.kobotoolbox.org/$U/formList"
curl -s -u "$U:$P" "https://kc.kobotoolbox.org/xformsManifest/474"

# Ona has the same v1 paths: silent
curl -s "https://api.ona.io/api/v1/data/474"
curl -s -H "Authorization: Token $ONA_TOKEN" https://api.ona.io/api/v1/forms
# ODK Central: silent
curl -s -u "$ODK_USER:$ODK_PASS" "https://central.example.org/v1/projects/3/forms"

# commented-out v1 call: not code
# curl -s "https://kc.kobotoolbox.org/api/v1/data/474"

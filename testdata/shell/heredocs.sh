#!/bin/bash
# URLs inside heredocs and sh -c strings.
BASE="https://kc-eu.kobotoolbox.org" # want "KB102 host kc-eu.kobotoolbox.org"
fid=12

cat > /tmp/curlrc <<EOF_RC
url = "${BASE}/api/v1/data/${fid}?format=json" # want "KB202 endpoint .api.v1.data"
EOF_RC
curl -K /tmp/curlrc

python3 - <<'PY'
import requests
r = requests.get("https://kc.kobotoolbox.org/api/v1/forms") # want "KB101 host kc.kobotoolbox.org" "KB210 endpoint .api.v1.forms"
PY

cat <<SCRIPT | bash
curl -s "$BASE/api/v1/user" # want "KB230 endpoint .api.v1.user"
SCRIPT

bash -c 'curl -s https://kc.kobotoolbox.org/api/v1/metadata' # want "KB101 host" "KB220 endpoint /api/v1/metadata"

cat <<'TXT'
Submissions go to https://kc.kobotoolbox.org/submission (KoboCollect).
See https://kf.kobotoolbox.org/api/v2/assets/ for the API.
TXT

#!/usr/bin/env bash
# Python one-liners and heredocs inside a shell script.
KC="https://kc.kobotoolbox.org" # want "KB101 host kc.kobotoolbox.org"

curl -s -H "Authorization: Token $KOBO_TOKEN" "$KC/api/v1/forms" | # want "KB210 endpoint /api/v1/forms"
  python3 -c 'import json,sys; [print(f["formid"], f.get("title")) for f in json.load(sys.stdin)]' # want "KB410 field formid" "KB403 field title" "KB501 shape"

curl -s -H "Authorization: Token $KOBO_TOKEN" "$KC/api/v1/data/12" -o data.json # want "KB202 endpoint /api/v1/data/12"
python3 - <<'PY'
import json, os
rows = json.load(open("data.json"))
print(len(rows), rows[0]["_submission_time"], os.environ["KOBO_TOKEN"])
labels = ["title", "owner"]
PY

#!/bin/bash
# A deploy script that talks to other services only: nothing to report.
set -euo pipefail
GITEA=https://git.example.org
ONA="https://api.ona.io/api/v1"

curl -s "$GITEA/api/v1/repos/ops/site/releases" | jq -r '.[0].title, .[0].tag_name'
curl -s -H "Authorization: Token $ONA_TOKEN" "$ONA/forms" | jq -r '.[] | .formid, .title, .num_of_submissions'
curl -s "https://central.example.org/v1/projects" | jq -r '.[] | .id, .name'
wget -q https://example.com/kcal/tables.csv -O /tmp/kcal.csv
echo "title,id" > /tmp/header.csv

#!/bin/sh
# KOBO_API is set by the deployment: the KoboCAT API root
curl -s -H "Authorization: Token $KOBO_TOKEN" "$KOBO_API/forms" -o forms.json # want "KB210"
# the script's own data folder
cp forms.json "$DATA_DIR/data/forms.json"

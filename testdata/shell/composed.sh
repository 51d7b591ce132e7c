#!/bin/sh
# A base URL joined with a form id only where it is used: the detail
# endpoint is reported at the id.
FORMS="https://kc.kobotoolbox.org/api/v1/forms/" # want "KB101 host" "KB210"
id=$(cat form_id.txt)
curl -s "$FORMS$id" # want "KB211"
get_form() { curl -s "$FORMS$1"; } # want "KB211"

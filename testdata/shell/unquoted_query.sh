#!/bin/sh
# The form list's v2 URL carries a query: in an unquoted word its ? and &
# are escaped (a bare ? is a glob: zsh refuses it, bash's nullglob drops
# the word); in quotes they stay as they are.
curl -s https://kc.kobotoolbox.org/api/v1/forms?format=json -o forms.json # want "KB101 host" "KB210"
curl -s "https://kc.kobotoolbox.org/api/v1/forms" -o forms2.json # want "KB101 host" "KB210"

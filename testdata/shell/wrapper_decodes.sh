#!/usr/bin/env bash
# Wrapper functions: the decode inside a wrapper reads the response of
# the request each call makes; a wrapper that takes the method from its
# caller writes when told to (issues 10 and 11).
set -eu
KC="https://kc.kobotoolbox.org/api/v1" # want "KB101 host kc.kobotoolbox.org" "KB200 endpoint /api/v1"

# one call: the list read inside the wrapper is that call's
form_ids() {
  curl -s -H "Authorization: Token $KOBO_TOKEN" "$KC/$1" | jq -r '.[].id_string' # want "KB401 field id_string" "KB501 shape"
}
form_ids forms # want "KB210 endpoint /api/v1/forms"

# the method comes from the caller
kobo() {
  curl -s -X "$1" -H "Authorization: Token $KOBO_TOKEN" "$KC/$2"
}
kobo GET user | jq -r .username # want "KB230 endpoint /api/v1/user"
kobo POST forms # want "KB210 endpoint /api/v1/forms"

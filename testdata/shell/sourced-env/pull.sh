#!/bin/sh
# The base comes from a sourced env file: the repository pass gives the
# script its value.
. ./kobo.env
curl -s "$KOBO_ROOT/data" | jq -r '.[].id' # want "KB201 endpoint /api/v1/data" "KB501 shape" "KB402 field id"
curl -s "$ONA_ROOT/data" | jq -r '.[].id'

#!/bin/sh
# The base comes from a sourced env file: the repository pass gives the
# script its value.
. ./kobo.env
curl -s "$KOBO_ROOT/data" | jq -r '.[].id' # want "endpoint /api/v1/data" "shape" "field id"
curl -s "$ONA_ROOT/data" | jq -r '.[].id'

#!/bin/sh
curl -s -u "me:pw" "https://kc-eu.kobotoolbox.org/api/v1/user"

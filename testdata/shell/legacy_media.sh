#!/bin/sh
# a KoboCAT media link, fetched from a shell script
curl -sO "https://kc.kobotoolbox.org/media/large?media_file=$F" # want "KB101" "KB240"
curl -sO "https://cdn.example.org/media/large?media_file=$F"

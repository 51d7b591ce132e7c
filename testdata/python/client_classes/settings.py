"""Where the client classes find their server."""
KOBO_URL = "https://kc.kobotoolbox.org/api/v1"  # want "KB101" "KB200"

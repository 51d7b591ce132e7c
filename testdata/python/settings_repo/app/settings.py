"""Server settings shared by the scripts."""
import os

KOBO_HOST = os.environ.get("KOBO_HOST", "kc.kobotoolbox.org")  # want "KB101 host"
KOBO_API_ROOT = "https://" + KOBO_HOST + "/api/v1/"  # want "KB200 endpoint"

"""Docstring mentioning https://kc.kobotoolbox.org/api/v1/data and /api/v1/forms.

Comments and docstrings are not code: their URLs are reported at info only.
"""
import requests

# was: requests.get("https://kc.kobotoolbox.org/api/v1/forms")
# see https://support.kobotoolbox.org/migrating_api.html


def forms():
    """Return the forms (formerly /api/v1/forms on kc.kobotoolbox.org)."""
    return requests.get("https://kf.kobotoolbox.org/api/v2/assets/").json()


requests.get("https://kc.kobotoolbox.org/api/v1/data")  # kobolint:ignore
# kobolint:ignore[KB101]
requests.get("https://kc.kobotoolbox.org/api/v1/user")  # want "KB230 endpoint"

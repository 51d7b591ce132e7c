"""A small client module: the API base, and the form list it fetches."""
import requests


def api_base(server="kobo"):
    if server == "kobo":
        return "https://kc.kobotoolbox.org/api/v1/"  # want "KB101 host" "KB200"
    return "https://ona.io/api/v1/"


def list_forms():
    r = requests.get(api_base() + "forms")  # want "KB210"
    r.raise_for_status()
    return r.json()  # want "KB501 shape"

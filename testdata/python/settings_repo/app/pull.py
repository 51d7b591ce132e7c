"""Pull forms and data through the settings module."""
import requests

from app import settings
from app.settings import KOBO_API_ROOT


def _get(path, **params):
    r = requests.get(KOBO_API_ROOT + path, params=params)
    r.raise_for_status()
    return r.json()


def form(pk):
    f = _get("forms/%d" % pk)  # want "KB211 endpoint"
    return f["id_string"], f["num_of_submissions"]  # want "KB401 field id_string" "KB424 field num_of_submissions"


def data(pk):
    return requests.get(settings.KOBO_API_ROOT + "data/" + str(pk)).json()  # want "KB202 endpoint" "KB501 shape"

"""Sessions that join every request's path to their base_url."""
import httpx
from requests_toolbelt.sessions import BaseUrlSession

KOBO = "https://kc.kobotoolbox.org/api/v1/"  # want "KB101 host" "KB200 endpoint"
ONA = "https://api.ona.io/api/v1/"


def forms():
    with httpx.Client(base_url=KOBO) as client:
        return client.get("forms").json()  # want "KB210 endpoint" "KB501 shape"


def data(pk):
    s = BaseUrlSession(base_url=KOBO)
    return s.get(f"data/{pk}").json()  # want "KB202 endpoint" "KB501 shape"


def ona_forms():
    # Ona's API has the same paths: not Kobo's
    s = BaseUrlSession(base_url=ONA)
    return s.get("forms").json()

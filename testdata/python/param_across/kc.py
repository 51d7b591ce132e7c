"""The module that requests KoboCAT's form list."""
import requests

KOBO = "https://kc.kobotoolbox.org/api/v1"  # want "KB101 host" "KB200 endpoint"


def form_list(token):
    return requests.get(KOBO + "/forms", headers={"Authorization": f"Token {token}"}).json()  # want "KB210 endpoint" "KB501 shape"

"""The module that talks to Kobo: it gives the repository its Kobo context."""
import requests

KOBO = "https://kc.kobotoolbox.org"  # want "KB101"


def forms(token):
    r = requests.get(KOBO + "/api/v1/forms", headers={"Authorization": f"Token {token}"})  # want "KB210"
    return r.json()  # want "KB501"

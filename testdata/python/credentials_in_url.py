"""Credentials written into the URL: the host is what follows them."""
import requests

USER, PASSWORD = "me", "secret"


def rows(formid):
    return requests.get("https://%s:%s@kc.humanitarianresponse.info/api/v1/data/%s" % (USER, PASSWORD, formid)).json()  # want "KB103" "KB202" "KB501"


def forms():
    return requests.get(f"https://{USER}:{PASSWORD}@kc.kobotoolbox.org/api/v1/forms").json()  # want "KB101" "KB210" "KB501"


# an address with an @ in its query is no credential
CONTACT = "https://kf.kobotoolbox.org/api/v2/assets/?owner=me@example.org"

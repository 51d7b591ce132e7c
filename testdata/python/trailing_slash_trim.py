"""A base URL copied to a local name and cut of its trailing slash before
paths are joined to it stays that base: the joined URL is a KoboCAT one,
whatever the local name says."""
import requests

from_settings = {"server": "https://kc.humanitarianresponse.info/api/v1/"}  # want "KB103" "KB200"
ONA_BASE = "https://api.ona.io/api/v1/"


def submissions(pk, token):
    ona_url = from_settings["server"]
    if ona_url.endswith("/"):
        ona_url = ona_url[:-1]
    return requests.get("{}/data/{}".format(ona_url, pk), headers={"Authorization": "Token " + token}).json()  # want "KB501" "KB202"


def trimmed_with_rstrip(pk):
    base = from_settings["server"].rstrip("/")
    return requests.get(base + "/forms/%s" % pk).json()  # want "KB211"


# Ona's own API, cut the same way: silent
def ona_submissions(pk):
    url = ONA_BASE
    if url.endswith("/"):
        url = url[:-1]
    return requests.get("{}/data/{}".format(url, pk)).json()

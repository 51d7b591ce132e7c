"""A client module reads the settings dicts of another module: by
constant keys, and by an environment key chosen at run time, where every
environment agrees on the value (the version). A scheme joined to a host
held in a Kobo-named setting is a Kobo URL."""
import requests

from settings import kobo_conf

conn = kobo_conf.SERVERS[kobo_conf.ENV]
HOST = conn["HOST"]
VERSION = conn["VERSION"]
ROOT = kobo_conf.DEFAULTS["api"]["root"]


def submissions(pk):
    version = VERSION
    url = "https://" + HOST + "/api/" + version + "/data/" + pk  # want "KB202 endpoint /api/v1/data/{…}"
    return requests.get(url).json()  # want "KB501 shape"


def forms():
    return requests.get(ROOT + "/forms").json()  # want "KB210 endpoint /api/v1/forms" "KB501 shape"

"""A client of Ona's API built from per-environment settings: silent."""
import requests

from settings import conf

conn = conf.SERVERS[conf.ENV]


def submissions(pk):
    url = "https://" + conn["HOST"] + "/api/" + conn["VERSION"] + "/data/" + pk
    return requests.get(url).json()

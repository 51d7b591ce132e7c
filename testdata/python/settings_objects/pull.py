"""Reads the settings objects of another module: obj.attr in f-strings
and concatenations."""
import requests

from settings import KOBO, ONA, Settings, settings


def forms():
    r = requests.get(f"{settings.kobocat_root}forms", headers={"Authorization": "Token " + settings.token})  # want "KB210"
    return r.json()  # want "KB501"


def submissions(pk):
    return requests.get(KOBO.url + "/data/" + str(pk)).json()  # want "KB202" "KB501"


def assets():
    return requests.get(Settings().kpi_root + "assets/").json()["results"]


def ona_forms():
    return requests.get(ONA.url + "/forms").json()


for f in forms():
    print(f["title"])  # want "KB403"

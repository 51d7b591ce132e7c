"""Writes to a v1 list endpoint (an XLSForm upload) are not reads of the
list: a URL also used to write never gets the list rewrite, whatever the
call writing it is named. The answer of a write is the object written."""
import urllib.request

import requests

FORMS = "https://kc.kobotoolbox.org/api/v1/forms"  # want "KB101" "KB210"
DATA = "https://kc.kobotoolbox.org/api/v1/data"  # want "KB101" "KB201"
HEADERS = {"Authorization": "Token xxxx"}
session = requests.Session()


def call(method, url, **kw):
    r = session.request(method, url, headers=HEADERS, **kw)
    r.raise_for_status()
    return r.json()


created = call("POST", FORMS, files={"xls_file": b""})
print(created["formid"])  # want "KB410"
for form in call("GET", FORMS):  # want "KB501"
    print(form["title"])  # want "KB403"

urllib.request.urlopen(urllib.request.Request(DATA, data=b"{}"))
for project in call("GET", DATA):  # want "KB501"
    print(project["id_string"])  # want "KB401"

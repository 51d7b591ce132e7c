"""One helper used for Ona and for Kobo: only the Kobo calls count."""
import requests

ONA_API = "https://api.ona.io/api/v1"
KOBO_API = "https://kc.kobotoolbox.org/api/v1"  # want "KB101 host" "KB200 endpoint"

ona = requests.Session()
kobo = requests.Session()


def get(session, url, **params):
    r = session.get(url, params=params or None)
    r.raise_for_status()
    return r.json()


def ona_forms():
    return {f["formid"]: f["title"] for f in get(ona, f"{ONA_API}/forms")}


def kobo_forms():
    return {f["formid"]: f["title"] for f in get(kobo, f"{KOBO_API}/forms")}  # want "KB210 endpoint" "KB410 field formid" "KB403 field title" "KB501"


def ona_data(pk):
    return get(ona, ONA_API + "/data/" + str(pk))


def kobo_data(pk):
    return get(kobo, KOBO_API + "/data/" + str(pk))  # want "KB202 endpoint" "KB501"

"""Local wrappers around requests: the URL is built at the call site."""
import requests

BASE = "https://kc.kobotoolbox.org/api/v1"  # want "KB101 host" "KB200 endpoint"
KPI = "https://kf.kobotoolbox.org"


def _get(url, **params):
    resp = requests.get(url, params=params, timeout=60)
    resp.raise_for_status()
    return resp.json()


def kobo_get(path):
    return _get(BASE + path)


def api_url(*parts):
    return "/".join([KPI] + list(parts))


def form_summary(formid):
    form = kobo_get("/forms/%d" % formid)  # want "KB211 endpoint"
    return form["title"], form["num_of_submissions"]  # want "KB403 field title" "KB424 field num_of_submissions"


def submissions(formid):
    return _get(f"{BASE}/data/{formid}")  # want "KB202 endpoint"


def assets():
    return _get(f"{KPI}/api/v2/assets/", asset_type="survey")["results"]


for record in submissions(12):  # want "KB501"
    print(record["_id"], record["_submission_time"], record["_xform_id_string"])

for a in assets():
    print(a["uid"], a["name"], a["deployment__submission_count"])

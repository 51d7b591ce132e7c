"""Field reads and how origins flow to them."""
import json
from urllib.request import urlopen

import requests

KC = "https://kc.kobotoolbox.org"  # want "KB101 host"

resp = requests.get(KC + "/api/v1/forms")  # want "KB210 endpoint"
forms = resp.json()  # want "KB501 shape"
first = forms[0]
print(first["title"], first.get("description"), first.get("tags", []))  # want "KB403 field title" "KB404 field description" "KB413 field tags"
print(resp.json()[0]["id_string"])  # want "KB401 field id_string" "KB501 shape"
titles = [f["title"] for f in forms]  # want "KB403 field title"
by_id = {f["formid"]: f for f in forms}  # want "KB410 field formid"
names = list(map(lambda f: f["title"], forms))  # want "KB403 field title"
ordered = sorted(forms, key=lambda f: f["num_of_submissions"])  # want "KB424 field num_of_submissions"
for i, form in enumerate(forms):
    owner, public = form["owner"], form["public"]  # want "KB411 field owner" "KB414 field public"
pk, ids = forms[0]["formid"], [f["id_string"] for f in forms]  # want "KB410 field formid" "KB401 field id_string"

meta = json.loads(requests.get(KC + "/api/v1/metadata").text)  # want "KB220 endpoint" "KB501"
for m in meta:
    print(m["data_filename"], m["data_value"])  # want "KB434 field data_filename" "KB433 field data_value"

me = json.load(urlopen(KC + "/api/v1/user"))  # want "KB230 endpoint"
print(me["username"], me["organization"])  # want "KB443 field organization"

# the response object itself has no JSON fields
print(resp.status_code, resp.url, resp.headers.get("Content-Type"))

# a dict the code builds: its keys are not reads
row = {"title": first["title"], "owner": "me"}  # want "KB403 field title"
print(row["title"])

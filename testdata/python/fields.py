"""Field reads and how origins flow to them."""
import json
from urllib.request import urlopen

import requests

KC = "https://kc.kobotoolbox.org"  # want "host"

resp = requests.get(KC + "/api/v1/forms")  # want "endpoint"
forms = resp.json()  # want "shape"
first = forms[0]
print(first["title"], first.get("description"), first.get("tags", []))  # want "field title" "field description" "field tags"
print(resp.json()[0]["id_string"])  # want "field id_string" "shape"
titles = [f["title"] for f in forms]  # want "field title"
by_id = {f["formid"]: f for f in forms}  # want "field formid"
names = list(map(lambda f: f["title"], forms))  # want "field title"
ordered = sorted(forms, key=lambda f: f["num_of_submissions"])  # want "field num_of_submissions"
for i, form in enumerate(forms):
    owner, public = form["owner"], form["public"]  # want "field owner" "field public"
pk, ids = forms[0]["formid"], [f["id_string"] for f in forms]  # want "field formid" "field id_string"

meta = json.loads(requests.get(KC + "/api/v1/metadata").text)  # want "endpoint" "KB501"
for m in meta:
    print(m["data_filename"], m["data_value"])  # want "field data_filename" "field data_value"

me = json.load(urlopen(KC + "/api/v1/user"))  # want "endpoint"
print(me["username"], me["organization"])  # want "field organization"

# the response object itself has no JSON fields
print(resp.status_code, resp.url, resp.headers.get("Content-Type"))

# a dict the code builds: its keys are not reads
row = {"title": first["title"], "owner": "me"}  # want "field title"
print(row["title"])

"""URLs built from parts: path segments, string transforms folded where
their arguments are literals, membership tests on a response's items."""
import posixpath

import requests

KC = "https://kc.kobotoolbox.org"  # want "KB101"
FORM = KC + "/api/v1/forms/12"  # want "KB211"

data_url = FORM.replace("/forms/", "/data/")  # want "KB202"
rows = requests.get(data_url).json()  # want "KB501"

export = posixpath.join(KC, "api", "v1", "forms")  # want "KB210"
forms = requests.get("/".join([KC, "api/v1", "data"])).json()  # want "KB201" "KB501"
for item in forms:
    if "formid" in item:  # want "KB410"
        print(item["formid"])  # want "KB410"
    if "uid" in item:
        print(item["uid"])

# the same transform on an Ona URL, and a membership test on a dict the
# code builds: silent
ona = "https://api.ona.io/api/v1/forms/3".replace("/forms/", "/data/")
mine = {"formid": 1}
print("formid" in mine)

"""A v2 URL that ends in a query is not written into a path join (whose
pieces are path segments); urljoin and concatenation take the whole URL
as text, query included."""
import os
import posixpath
from urllib.parse import urljoin

import requests

KPI = "https://kf.kobotoolbox.org"

# path joins: no rewrite here
forms = requests.get(posixpath.join(KPI, "api/v1/forms")).json()  # want "KB210" "KB501"
print([f["title"] for f in forms])  # want "KB403"
data = requests.get(os.path.join(KPI, "api", "v1", "data")).json()  # want "KB201" "KB501"
print([d["id_string"] for d in data])  # want "KB401"

# text joins: the query fits
listed = requests.get(urljoin(KPI, "/api/v1/forms")).json()  # want "KB210" "KB501"
print([f["title"] for f in listed])  # want "KB403"
me = requests.get(KPI + "/api/v1/user").json()  # want "KB230"
print(me["username"])

# v2 already, through a path join: silent
assets = requests.get(posixpath.join(KPI, "api/v2/assets/")).json()["results"]

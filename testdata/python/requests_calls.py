"""HTTP calls through requests, sessions, httpx and urllib."""
import urllib.request

import httpx
import requests
from urllib.request import urlopen

TOKEN = "xxxx"
HEADERS = {"Authorization": f"Token {TOKEN}"}

r = requests.get("https://kc.kobotoolbox.org/api/v1/data", headers=HEADERS)  # want "host" "endpoint"
forms = requests.get(url="https://kc.kobotoolbox.org/api/v1/forms", timeout=30).json()  # want "host" "endpoint" "shape"
requests.post("https://kc.kobotoolbox.org/api/v1/forms", files={"xls_file": b""})  # want "host" "endpoint"
requests.request("GET", "https://kf.kobotoolbox.org/api/v1/user")  # want "endpoint"

s = requests.Session()
s.headers["Authorization"] = "Token " + TOKEN
s.get("https://kc-eu.kobotoolbox.org/api/v1/metadata")  # want "host" "endpoint"
requests.Session().get("https://kc.kobotoolbox.org/api/v1/data/12")  # want "host" "endpoint"

with httpx.Client(headers=HEADERS) as client:
    client.get("https://kc.kobotoolbox.org/api/v1/forms/12")  # want "host" "endpoint"

httpx.get("https://kc.kobotoolbox.org/api/v1/user")  # want "host" "endpoint"
urlopen("https://kc.kobotoolbox.org/api/v1/data.json")  # want "host" "endpoint"
urllib.request.urlopen(urllib.request.Request("https://kc.kobotoolbox.org/api/v1/forms"))  # want "host" "endpoint"

# already v2: silent
requests.get("https://kf.kobotoolbox.org/api/v2/assets/", headers=HEADERS)
requests.get("https://kf.kobotoolbox.org/me/", headers=HEADERS)
requests.get("https://eu.kobotoolbox.org/api/v2/assets/aBc123/data/", params={"limit": 100})

for form in forms:
    print(form["title"], form["num_of_submissions"])  # want "field title" "field num_of_submissions"

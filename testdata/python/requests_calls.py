"""HTTP calls through requests, sessions, httpx and urllib."""
import urllib.request

import httpx
import requests
from urllib.request import urlopen

TOKEN = "xxxx"
HEADERS = {"Authorization": f"Token {TOKEN}"}

r = requests.get("https://kc.kobotoolbox.org/api/v1/data", headers=HEADERS)  # want "KB101 host" "KB201 endpoint"
forms = requests.get(url="https://kc.kobotoolbox.org/api/v1/forms", timeout=30).json()  # want "KB101 host" "KB210 endpoint" "KB501 shape"
requests.post("https://kc.kobotoolbox.org/api/v1/forms", files={"xls_file": b""})  # want "KB101 host" "KB210 endpoint"
requests.request("GET", "https://kf.kobotoolbox.org/api/v1/user")  # want "KB230 endpoint"

s = requests.Session()
s.headers["Authorization"] = "Token " + TOKEN
s.get("https://kc-eu.kobotoolbox.org/api/v1/metadata")  # want "KB102 host" "KB220 endpoint"
requests.Session().get("https://kc.kobotoolbox.org/api/v1/data/12")  # want "KB101 host" "KB202 endpoint"

with httpx.Client(headers=HEADERS) as client:
    client.get("https://kc.kobotoolbox.org/api/v1/forms/12")  # want "KB101 host" "KB211 endpoint"

httpx.get("https://kc.kobotoolbox.org/api/v1/user")  # want "KB101 host" "KB230 endpoint"
urlopen("https://kc.kobotoolbox.org/api/v1/data.json")  # want "KB101 host" "KB201 endpoint"
urllib.request.urlopen(urllib.request.Request("https://kc.kobotoolbox.org/api/v1/forms"))  # want "KB101 host" "KB210 endpoint"

# already v2: silent
requests.get("https://kf.kobotoolbox.org/api/v2/assets/", headers=HEADERS)
requests.get("https://kf.kobotoolbox.org/me/", headers=HEADERS)
requests.get("https://eu.kobotoolbox.org/api/v2/assets/aBc123/data/", params={"limit": 100})

for form in forms:
    print(form["title"], form["num_of_submissions"])  # want "KB403 field title" "KB424 field num_of_submissions"

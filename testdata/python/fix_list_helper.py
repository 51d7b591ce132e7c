"""A v1 list reaches its request through a helper, a variable and a
default argument; it is read as a list after the call. The decode is at
each call of the helper, where the page's results are read."""
import requests

KPI = "https://kf.kobotoolbox.org"
ONA = "https://api.ona.io/api/v1"
HEADERS = {"Authorization": "Token xxxx"}


def fetch(url):
    r = requests.get(url, headers=HEADERS, timeout=60)
    r.raise_for_status()
    return r.json()


def form_list(url=KPI + "/api/v1/forms"):  # want "KB210"
    return fetch(url)


forms_url = KPI + "/api/v1/forms"  # want "KB210"
forms = fetch(forms_url)  # want "KB501"
print(len(forms), "forms")
for form in forms:
    print(form["title"], form["num_of_submissions"])  # want "KB403" "KB424"

for form in form_list():  # want "KB501"
    print(form["id_string"])  # want "KB401"

# a detail object: decoded, not a list
one = fetch(KPI + "/api/v1/forms/12")  # want "KB211"
print(one["title"])  # want "KB403"

# Ona answers lists on its own v1 API: silent
for f in fetch(ONA + "/forms"):
    print(f["title"], f["formid"])

# v2 already: the page's results are read
for a in fetch(KPI + "/api/v2/assets/")["results"]:
    print(a["name"])

"""A name assigned in branches of an if or a try holds, after the
statement, what any path may have left in it: the response of the try body
stays a response after `except: data = []`."""
import requests

KC = "https://kc.kobotoolbox.org"  # want "KB101"
ONA = "https://api.ona.io"


def forms_or_nothing(token):
    try:
        r = requests.get(KC + "/api/v1/forms", headers={"Authorization": token})  # want "KB210"
        data = r.json()  # want "KB501"
    except requests.RequestException:
        data = []
    for f in data:
        print(f["title"], f["downloadable"])  # want "KB403" "KB419"


def cached_or_fetched(cached):
    if cached:
        forms = cached
    elif cached is None:
        forms = []
    else:
        forms = requests.get(KC + "/api/v1/forms").json()  # want "KB210" "KB501"
    return [f["title"] for f in forms]  # want "KB403"


def empty_means_none():
    forms = requests.get(KC + "/api/v1/forms").json()  # want "KB210" "KB501"
    if not forms:
        forms = []
    return [f["title"] for f in forms]  # want "KB403"


# Ona answers forms with the same field names: nothing here is Kobo's,
# also after the except branch left a list of its own
def ona_forms(token):
    try:
        data = requests.get(ONA + "/api/v1/forms", headers={"Authorization": token}).json()
    except requests.RequestException:
        data = []
    for f in data:
        print(f["title"], f["downloadable"])

"""Client classes: the base is given to the constructor (or read from a
settings module) and each method joins it with a relative path."""
from urllib.parse import urljoin

import requests

from settings import KOBO_URL


class KoboClient:
    def __init__(self, root, token=""):
        self.root = root
        self.session = requests.Session()
        self.session.headers["Authorization"] = "Token " + token

    def _get(self, path, **params):
        r = self.session.get(urljoin(self.root, path), params=params)
        r.raise_for_status()
        return r.json()

    def forms(self):
        return self._get("forms")  # want "KB210" "KB501"

    def submissions(self, formid):
        return self._get("data/%d" % formid)  # want "KB202" "KB501"


class SettingsClient:
    base = KOBO_URL

    def metadata(self):
        return requests.get(self.base + "/metadata").json()  # want "KB220" "KB501"


client = KoboClient("https://kc.kobotoolbox.org/api/v1/", token="xxxx")  # want "KB101" "KB299 endpoint /api/v1"
for form in client.forms():
    print(form["title"], form["formid"])  # want "KB403" "KB410"


class OnaClient:
    def __init__(self, root):
        self.root = root

    def forms(self):
        return requests.get(self.root + "forms").json()


for form in OnaClient("https://api.ona.io/api/v1/").forms():
    print(form["title"])

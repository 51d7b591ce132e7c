"""A KoboToolbox client library: the base comes from whoever constructs the
client, in another module; each method joins it with a relative path."""
import requests


class SurveyClient:
    def __init__(self, root, token):
        self.root = root
        self.headers = {"Authorization": "Token " + token}

    def _get(self, path):
        r = requests.get(self.root + path, headers=self.headers)
        r.raise_for_status()
        return r.json()

    def forms(self):
        return self._get("forms")  # want "KB210" "KB501"

    def submissions(self, pk):
        return self._get(f"data/{pk}")  # want "KB202" "KB501"


class PartnerClient:
    def __init__(self, root):
        self.root = root

    def forms(self):
        return requests.get(self.root + "forms").json()

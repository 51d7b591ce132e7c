"""A client class: instance attributes, sessions, methods as wrappers."""
import requests


class KoboAPI:
    def __init__(self, token, base="https://kc.kobotoolbox.org"):  # want "KB101 host"
        self.base = base.rstrip("/")
        self.session = requests.Session()
        self.session.headers["Authorization"] = f"Token {token}"

    def _get(self, path, **params):
        r = self.session.get(f"{self.base}{path}", params=params)
        r.raise_for_status()
        return r.json()

    def forms(self):
        self.cache = self._get("/api/v1/forms")  # want "KB210 endpoint" "KB501"
        return self.cache

    def titles(self):
        return [f["title"] for f in self.cache]  # want "KB403 field title"

    def form(self, pk):
        data = self._get(f"/api/v1/forms/{pk}")  # want "KB211 endpoint"
        return data["num_of_submissions"], data["last_submission_time"]  # want "KB424 field num_of_submissions" "KB421 field last_submission_time"


api = KoboAPI("xxxx")
for f in api.forms():
    print(f["id_string"])  # want "KB401 field id_string"

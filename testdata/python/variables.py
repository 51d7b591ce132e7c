"""Variables: module and function level, env defaults, settings, defaults."""
import os

import requests
import settings

KOBO_URL = os.getenv("KOBO_URL", "https://kc.kobotoolbox.org")  # want "KB101 host"
API = os.environ.get("KOBO_API", "https://kc-eu.kobotoolbox.org/api/v1")  # want "KB102 host" "KB200 endpoint"
TOKEN = os.environ["KOBO_TOKEN"]
KPI = os.environ.get("KPI_URL", "https://kf.kobotoolbox.org")


def list_forms():
    url = API + "/forms"  # want "KB210 endpoint"
    return requests.get(url, headers={"Authorization": "Token " + TOKEN}).json()  # want "KB501 shape"


def user(base="https://kc.kobotoolbox.org/api/v1"):  # want "KB101 host" "KB200 endpoint"
    return requests.get(base + "/user").json()  # want "KB230 endpoint"


def from_settings():
    return requests.get(settings.KOBO_URL + "/api/v1/data").json()  # want "KB201 endpoint" "KB501 shape"


def v2_assets():
    return requests.get(f"{KPI}/api/v2/assets/").json()


class Client:
    BASE = "https://kc.kobotoolbox.org/api/v1"  # want "KB101 host" "KB200 endpoint"

    def __init__(self, token, server=KOBO_URL):
        self.base_url = server.rstrip("/") + "/api/v1"  # want "KB200 endpoint"
        self.token = token

    def forms(self):
        return requests.get(self.base_url + "/forms").json()  # want "KB210 endpoint" "KB501 shape"

    @classmethod
    def data(cls, pk):
        return requests.get(f"{cls.BASE}/data/{pk}").json()  # want "KB202 endpoint" "KB501 shape"


for f in list_forms():
    print(f["formid"], f["id_string"])  # want "KB410 field formid" "KB401 field id_string"

"""A base URL is a KPI server when the code joins it with api/v2/assets/."""
from urllib.parse import urljoin

import requests


def deploy(server, cdn, token, uid):
    h = {"Authorization": "Token " + token}
    asset = requests.get(urljoin(server, "api/v2/assets/" + uid), headers=h).json()
    requests.patch(urljoin(server, "assets/" + asset["uid"] + "/deployment/"), headers=h)  # want "KB304 endpoint /?assets"
    # the same path on a base never joined with a KPI path stays silent
    requests.get(urljoin(cdn, "assets/" + uid + "/deployment/"))

import requests

from conf import kpi_root


def deploy(uid):
    url = kpi_root() + "assets/" + uid + "/deployment/"  # want "KB304 endpoint"
    return requests.patch(url, json={"active": True})

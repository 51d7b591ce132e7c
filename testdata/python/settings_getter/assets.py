import requests

from conf import kpi_root, partner_root


def asset(uid):
    root = kpi_root()
    return requests.get(f"{root}assets/{uid}/").json()  # want "KB304 endpoint"


def asset_v2(uid):
    root = kpi_root()
    return requests.get(f"{root}api/v2/assets/{uid}/").json()


def partner_project(pk):
    # Ona's API: not Kobo's
    return requests.get(f"{partner_root()}api/v1/projects/{pk}").json()

"""A v2 base turned back into a v1 one with str.replace."""
import requests

KPI = "https://kf.kobotoolbox.org/api/v2"
LEGACY = KPI.replace("/api/v2", "/api/v1")  # want "KB200 endpoint"


def legacy_forms():
    return requests.get(LEGACY + "/forms").json()  # want "KB210 endpoint" "KB501 shape"


def current():
    return requests.get(KPI + "/assets/").json()

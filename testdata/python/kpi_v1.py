"""KPI paths without /api/v2 (the KPI v1 API)."""
import requests

KF = "https://kf.kobotoolbox.org"
UID = "aBcDeFgHiJkLmNoPqRsTuV"
H = {"Authorization": "Token xxxx"}

requests.get(f"{KF}/assets/", headers=H)  # want "endpoint"
requests.get(f"{KF}/assets/{UID}/", headers=H)  # want "endpoint"
requests.get(f"{KF}/assets/{UID}/submissions/", params={"format": "json"})  # want "endpoint"
requests.post(f"{KF}/exports/", json={"source": f"{KF}/assets/{UID}/", "type": "csv"})  # want "endpoint" "endpoint"
requests.post(KF + "/imports/", files={"file": b""})  # want "endpoint"

# the same on v2
requests.get(f"{KF}/api/v2/assets/{UID}/data/", headers=H)
requests.post(f"{KF}/api/v2/assets/{UID}/exports/", json={"type": "csv"})

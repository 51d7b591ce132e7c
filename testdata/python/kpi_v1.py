"""KPI paths without /api/v2 (the KPI v1 API)."""
import requests

KF = "https://kf.kobotoolbox.org"
UID = "aBcDeFgHiJkLmNoPqRsTuV"
H = {"Authorization": "Token xxxx"}

requests.get(f"{KF}/assets/", headers=H)  # want "KB304 endpoint"
requests.get(f"{KF}/assets/{UID}/", headers=H)  # want "KB304 endpoint"
requests.get(f"{KF}/assets/{UID}/submissions/", params={"format": "json"})  # want "KB301 endpoint"
requests.post(f"{KF}/exports/", json={"source": f"{KF}/assets/{UID}/", "type": "csv"})  # want "KB305 endpoint" "KB304 endpoint"
requests.post(KF + "/imports/", files={"file": b""})  # want "KB306 endpoint"

# the same on v2
requests.get(f"{KF}/api/v2/assets/{UID}/data/", headers=H)
requests.post(f"{KF}/api/v2/assets/{UID}/exports/", json={"type": "csv"})

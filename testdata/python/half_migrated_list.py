"""Half migrated: v2 list URLs whose page objects are still read as lists."""
import requests

KF = "https://kf.kobotoolbox.org"
H = {"Authorization": "Token x"}

assets = requests.get(KF + "/api/v2/assets/", headers=H).json()  # want "KB501"
for a in assets:
    print(a["uid"])

rows = requests.get(f"{KF}/api/v2/assets/aB3dEf5gH7iJ9kL1mN3oP5/data/", headers=H).json()  # want "KB501"
print(len(rows))

# read as a page: right
page = requests.get(KF + "/api/v2/assets/", headers=H).json()
for a in page["results"]:
    print(a["uid"])
one = requests.get(KF + "/api/v2/assets/aB3dEf5gH7iJ9kL1mN3oP5/", headers=H).json()
print(one["name"])

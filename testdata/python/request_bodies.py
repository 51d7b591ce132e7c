"""Keys of a body sent to a v1 endpoint are v1 names too; the same keys in
a dict the code keeps, or sends to a v2 endpoint, are not reported."""
import requests

KC = "https://kc.kobotoolbox.org"  # want "KB101 host"

share = {"formid": 225299, "username": "bob"}  # want "KB410 field formid"
requests.post(KC + "/api/v1/forms/225299/share", data=share)  # want "KB215"

requests.post(KC + "/api/v1/projects/3/forms", json={"formid": 225299})  # want "KB237" "KB410 field formid"

local = {"formid": 1, "title": "kept here"}
print(local["title"])

requests.patch(
    "https://kf.kobotoolbox.org/api/v2/assets/aBc123/",
    json={"name": "New name", "settings": {"description": "d"}},
)

# the answer to a POST is the object created, not the endpoint's list
created = requests.post(KC + "/api/v1/forms", files={"xls_file": b""}).json()  # want "KB210"

import requests

API = "https://kc.kobotoolbox.org/api/v1"
TOKEN = "secret"


def list_forms():
    r = requests.get(API + "/forms", headers={"Authorization": "Token " + TOKEN})
    return r.json()


for f in list_forms():
    print(f["id_string"], f["title"])

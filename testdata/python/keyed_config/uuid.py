import requests

from conf import load


def formhub_uuid(uid):
    config = load("config.json")
    res = requests.get(url=config["forms_url"], headers=config["headers"])
    forms = res.json()  # want "KB501 shape"
    form = [f for f in forms if f["id_string"] == uid][0]  # want "KB401 field id_string"
    return form["uuid"]  # want "KB422 field uuid"


def asset_name(uid):
    config = load("config.json")
    asset = requests.get(url=config["assets_url"] + uid + "/").json()
    return asset["name"], asset["uid"]

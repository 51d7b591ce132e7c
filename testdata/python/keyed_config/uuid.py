import requests

from conf import load


def formhub_uuid(uid):
    config = load("config.json")
    res = requests.get(url=config["forms_url"], headers=config["headers"])
    forms = res.json()  # want "shape"
    form = [f for f in forms if f["id_string"] == uid][0]  # want "field id_string"
    return form["uuid"]  # want "field uuid"


def asset_name(uid):
    config = load("config.json")
    asset = requests.get(url=config["assets_url"] + uid + "/").json()
    return asset["name"], asset["uid"]

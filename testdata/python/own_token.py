"""A Kobo client keeps its own API token in its settings: api_token is a
v1 field only where it is read from the v1 user's response."""
import json

import requests

KOBO = "https://kc.kobotoolbox.org"  # want "KB101 host"


def load_settings(path):
    with open(path) as fh:
        cfg = json.load(fh)
    return {"server": cfg.get("server"), "api_token": cfg.get("api_token")}


def headers(settings):
    return {"Authorization": "Token " + settings["api_token"]}


def token_of(user, password):
    me = requests.get(KOBO + "/api/v1/user", auth=(user, password)).json()  # want "KB230 endpoint"
    return me["api_token"]  # want "KB446 field api_token"

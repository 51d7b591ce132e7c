"""A variable named like a v2 object (metadata, settings, content) that
holds a v1 response is read like any v1 response; a key inside a v2
object's own member stays silent."""
import json

import pandas as pd
import requests

KC = "https://kc.kobotoolbox.org/"  # want "KB101 host kc.kobotoolbox.org"


def forms_info():
    text = requests.get(KC + "api/v1/data").text  # want "KB201 endpoint /api/v1/data"
    return pd.json_normalize(json.loads(text))  # want "KB501 shape"


def id_string_of(pk):
    metadata = forms_info()
    metadata = metadata.loc[metadata["id"] == pk]  # want "KB402 field id"
    return metadata["id_string"].tolist()[0]  # want "KB401 field id_string"


def description(uid):
    asset = requests.get("https://kf.kobotoolbox.org/api/v2/assets/" + uid + "/").json()
    return asset["settings"]["description"], asset["content"]["survey"]

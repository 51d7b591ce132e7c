"""A base URL read from an INI file by its section and key."""
import configparser

import requests

cfg = configparser.ConfigParser()
cfg.read("settings.ini")
root = cfg["kobo"]["api_root"]
forms = requests.get(root + "/forms").json()  # want "KB210" "KB501"
for f in forms:
    print(f["title"])  # want "KB403"

# the same shape on the Ona server of the same file stays silent
ona = cfg["ona"]["api_root"]
print(requests.get(ona + "/forms").json()[0]["title"])

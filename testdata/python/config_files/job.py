"""Configuration read from YAML and TOML files by key: the holes are
named with the dotted key path the configuration's own entries have."""
import tomllib

import requests
import yaml

with open("config.yml") as fh:
    cfg = yaml.safe_load(fh)
with open("settings.toml", "rb") as fh:
    toml_cfg = tomllib.load(fh)

headers = {"Authorization": "Token " + cfg["kobo"]["token"]}
forms = requests.get(cfg["kobo"]["api_root"] + "forms", headers=headers).json()  # want "KB210" "KB501"
for f in forms:
    print(f["title"])  # want "KB403"

kpi = toml_cfg.get("kpi", {}).get("root")
assets = requests.get(kpi + "/assets/", headers=headers).json()  # want "KB304"

ona = cfg["ona"]["api_root"]
for f in requests.get(ona + "forms").json():
    print(f["title"])

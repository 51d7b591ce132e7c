"""Command-line options and settings dicts that hold the server URL."""
import argparse

import requests

SERVERS = {
    "global": "https://kc.kobotoolbox.org",  # want "KB101 host"
    "eu": "https://eu.kobotoolbox.org",
}

parser = argparse.ArgumentParser()
parser.add_argument("--api", default="https://kc-eu.kobotoolbox.org/api/v1")  # want "KB102 host" "KB200 endpoint"
parser.add_argument("--form", type=int, required=True)
args = parser.parse_args()

data = requests.get(f"{args.api}/data/{args.form}").json()  # want "KB202 endpoint" "KB501 shape"
forms = requests.get(SERVERS["global"] + "/api/v1/forms").json()  # want "KB210 endpoint" "KB501 shape"
assets = requests.get(SERVERS["eu"] + "/api/v2/assets/").json()
print(forms[0]["id_string"], assets["results"][0]["uid"])  # want "KB401 field id_string"

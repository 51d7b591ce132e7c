"""Settings read from a JSON file; URLs are built once and passed around in a dict."""
import json


def load(path):
    with open(path) as fh:
        data = json.load(fh)
    api_v1 = f"{data['kc_url']}/api/v1"  # want "KB200 endpoint /api/v1"
    return {
        "forms_url": f"{api_v1}/forms",  # want "KB210 endpoint /api/v1/forms"
        "assets_url": f"{data['kf_url']}/api/v2/assets/",
        "headers": {"Authorization": f"Token {data['token']}"},
    }

"""A small helper joins a root and a relative path; the list the request
returns is read in another function."""
import requests


def join(root, rel):
    return f"{root.rstrip('/')}/{rel.lstrip('/')}"


def fetch_forms(kobo_root, token):
    r = requests.get(join(kobo_root, "/api/v1/forms"), headers={"Authorization": f"Token {token}"})  # want "KB210 endpoint"
    body = r.json()
    return body if isinstance(body, list) else []


def uid_of(kobo_root, token, label):
    forms = fetch_forms(kobo_root, token)  # want "KB501 shape"
    hits = [f for f in forms if f.get("title") == label]  # want "KB403 field title"
    return hits[0]["id_string"] if hits else None  # want "KB401 field id_string"


def xlsform_id(asset):
    # a v2 asset's XLSForm settings carry an id_string of their own
    return asset.get("content", {}).get("settings", {}).get("id_string")

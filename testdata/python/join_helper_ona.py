"""The same join helper on Ona's API, which answers the same form list:
nothing here is Kobo's."""
import requests

ONA = "https://api.ona.io"


def join(root, rel):
    return f"{root.rstrip('/')}/{rel.lstrip('/')}"


def titles():
    r = requests.get(join(ONA, "/api/v1/forms"))
    return [f.get("title") for f in r.json()]

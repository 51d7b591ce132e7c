"""Another module calls the wrappers with relative paths."""
from .client import Api, fetch


def titles():
    return [f["title"] for f in Api().get("forms")]  # want "KB210 endpoint /api/v1/forms" "KB403 field title"


def rows(pk):
    return fetch("data/" + str(pk))  # want "KB202 endpoint /api/v1/data/{…}"

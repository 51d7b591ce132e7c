"""A client whose file names nothing of Kobo: its root is the settings
instance's, a parameter default, joined to paths by urljoin."""
from urllib.parse import urljoin

import requests

from .settings import SETTINGS


class Client:
    def __init__(self, settings=SETTINGS):
        self.root = settings.root
        self.session = requests.Session()

    def _get(self, path):
        return self.session.get(urljoin(self.root, path)).json()

    def forms(self):
        return self._get("forms")  # want "KB210 endpoint /api/v1/forms" "KB501 shape"

    def data(self, pk):
        return self._get(f"data/{pk}")  # want "KB202 endpoint /api/v1/data/{…}" "KB501 shape"


class Api:
    """A public wrapper other modules call with relative paths."""

    def __init__(self, settings=SETTINGS):
        self.root = settings.root

    def get(self, path):
        return requests.get(urljoin(self.root, path)).json()


def fetch(path, token=""):
    return requests.get(SETTINGS.root + path, headers={"Authorization": token}).json()

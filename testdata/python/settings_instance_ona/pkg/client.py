"""A client whose file names nothing of Kobo: its base is the settings
instance's, a parameter default, joined to paths with +."""
import requests

from .settings import SETTINGS


class Client:
    def __init__(self, settings=SETTINGS):
        self.base = settings.root

    def _get(self, path):
        r = requests.get(self.base + path, timeout=30)
        r.raise_for_status()
        return r.json()

    def forms(self):
        return self._get("forms")

    def data(self, pk):
        return self._get(f"data/{pk}")


class Api:
    """A public wrapper other modules call with relative paths."""

    def __init__(self, settings=SETTINGS):
        self.root = settings.root

    def get(self, path):
        return requests.get(self.root + path).json()


def fetch(path, token=""):
    return requests.get(SETTINGS.root + path, headers={"Authorization": token}).json()

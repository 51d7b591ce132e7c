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

"""A client whose root comes from the environment (.env.example documents
it); its callers in another module pass relative paths."""
import os

import requests


class Surveys:
    def __init__(self):
        self.root = os.getenv("SURVEY_API")

    def send(self, rel, body):
        return requests.post(f"{self.root}{rel}", json=body)


class Partner:
    def __init__(self):
        self.root = os.getenv("PARTNER_API")

    def send(self, rel, body):
        return requests.post(f"{self.root}{rel}", json=body)

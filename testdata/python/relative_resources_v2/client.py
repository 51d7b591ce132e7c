"""A v2 client joins relative paths to its /api/v2 base: nothing to report."""
import requests


class Client:
    def __init__(self, server, token):
        self.base = server.rstrip("/") + "/api/v2"
        self.token = token

    def get(self, path):
        return requests.get(self.base + path, headers={"Authorization": f"Token {self.token}"}).json()

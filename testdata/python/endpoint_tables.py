"""A table of servers: the dict's name says what its values are (API
endpoints), even where the keys name only the server."""
import requests


class Client:
    ENDPOINTS = {
        "default": "https://kf.kobotoolbox.org/",
        "humanitarian": "https://kc.humanitarianresponse.info/",  # want "KB103 host kc.humanitarianresponse.info"
    }

    def __init__(self, token, endpoint="default"):
        self.base = self.ENDPOINTS.get(endpoint, endpoint)
        self.token = token

    def assets(self):
        return requests.get(self.base + "api/v2/assets/").json()["results"]


# a table whose name says nothing of an API: advice only (info)
LINKS = {"humanitarian": "https://kc.humanitarianresponse.info/"}

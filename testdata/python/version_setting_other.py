"""Not Kobo: a version setting of some other service stays silent."""
import requests

GITEA = {"url": "https://git.example.org", "api_version": "v1"}


def repos():
    return requests.get(GITEA["url"] + "/api/" + GITEA["api_version"] + "/repos/search").json()

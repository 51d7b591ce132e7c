"""An ODK Central client: its base is named as such, and its projects are
its own, though a Kobo base in the same style would be KoboCAT's."""
import os

import requests

CENTRAL_API_URL = os.environ["CENTRAL_API_URL"]


def projects(session):
    return session.get(CENTRAL_API_URL + "/projects").json()


def forms(pid):
    return requests.get(CENTRAL_API_URL + f"/projects/{pid}/forms").json()

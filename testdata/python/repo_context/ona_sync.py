"""The same repository also reads an Ona server, named as such: not Kobo."""
import os

import requests

ONA_API_URL = os.environ["ONA_API_URL"]


def ona_forms():
    return requests.get(ONA_API_URL + "/api/v1/forms").json()


def ona_counts():
    return {f["formid"]: f["num_of_submissions"] for f in ona_forms()}

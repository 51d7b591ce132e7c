import requests

from settings import PRIMARY


def forms():
    return requests.get(PRIMARY + "/api/v1/forms").json()  # want "endpoint /api/v1/forms" "shape"

import requests

from settings import PRIMARY


def forms():
    return requests.get(PRIMARY + "/api/v1/forms").json()  # want "KB210 endpoint /api/v1/forms" "KB501 shape"

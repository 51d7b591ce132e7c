"""Sends submissions to the mirror, and reads its form list: the mirror's
kc host stays for OpenRosa, so it is not rewritten."""
import requests

from settings import MIRROR


def push(xml):
    return requests.post(MIRROR + "/submission", files={"xml_submission_file": xml})


def forms():
    return requests.get(MIRROR + "/api/v1/forms").json()  # want "KB210 endpoint /api/v1/forms" "KB501 shape"

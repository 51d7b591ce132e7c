"""Hosts and paths change together, or not at all (fix safety)."""
import unittest

import requests

# KoboCollect keeps this host for /submission: it cannot be swapped, so
# no v2 path may be written onto it either
KOBOCAT = "https://kc.kobotoolbox.org"  # want "KB101"


def me(token):
    return requests.get(f"{KOBOCAT}/api/v1/user", headers={"Authorization": token}).json()["username"]  # want "KB230"


def submit(xml):
    return requests.post(KOBOCAT + "/submission", files={"xml_submission_file": xml})


# a KoboCAT web page has no KPI page at the same path
TOKEN_PAGE = "https://kc.humanitarianresponse.info/myname/api-token"  # want "KB103"


class ImportTest(unittest.TestCase):
    def test_import_url(self):
        # compared with a recorded response: it changes when the test's
        # responses are recorded again, not before
        self.assertEqual(record()["url"], "https://kf.kobotoolbox.org/imports/")  # want "KB306"


def record():
    return {}

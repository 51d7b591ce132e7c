"""A KoboCAT host used only as the KoboCollect (OpenRosa) server."""
import requests

COLLECT = "https://kc.kobotoolbox.org"


def can_log_in(user, password):
    r = requests.get(f"{COLLECT}/{user}/formList", auth=(user, password),
                     headers={"X-OpenRosa-Version": "1.0"})
    return r.ok


def submit(xml):
    return requests.post(COLLECT + "/submission", files={"xml_submission_file": xml})

"""KoboCAT resources joined to a base read at run time (an Airflow variable,
the environment): the base holds the KoboCAT API root."""
import os

import requests
from airflow.models import Variable

KOBO_API_URL = Variable.get("KOBO_API_URL")


def forms():
    return requests.get("{}/data?format=json".format(KOBO_API_URL)).json()  # want "KB201" "KB501"


def submissions(form_id):
    return requests.get("{}data/{}".format(KOBO_API_URL, form_id)).json()  # want "KB202" "KB501"


def projects():
    return requests.get(KOBO_API_URL + "/projects").json()  # want "KB237"


# an application's own route after a base that does not say Kobo, in a
# file that does: the app's projects, not KoboCAT's
ROOT_URL = os.environ["ROOT_URL"]
mine = requests.get(ROOT_URL + "/projects/" + "abc" + "/xlsforms").json()

# a folder, not an API base: its data/ is a directory
app_dir = os.path.dirname(__file__)
cache = open(app_dir + "/data/forms.json").read()

# another service's base, named as such
ONA_API_URL = os.environ["ONA_API_URL"]
ona = requests.get(ONA_API_URL + "/data").json()

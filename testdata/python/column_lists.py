"""Column names kept in a module constant select the columns of a decoded
v1 form list; a list over a local CSV only warns of a v1-named column."""
import pandas as pd
import requests

KOBO = "https://kc.kobotoolbox.org/api/v1"  # want "KB101 host" "KB200 endpoint"
COLS = ["formid", "num_of_submissions", "title"]  # want "KB410 field formid" "KB424 field num_of_submissions" "KB403 field title"
LOCAL = ["formid", "title"]  # want "KB410 field formid"


def forms(token):
    df = pd.DataFrame(requests.get(KOBO + "/forms", headers={"Authorization": f"Token {token}"}).json())  # want "KB210 endpoint" "KB501 shape"
    return df[COLS]


def local_summary():
    return pd.read_csv("exports/forms.csv")[LOCAL]

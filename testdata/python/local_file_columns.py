"""Columns of local files in a file that talks to Kobo: v1-only names are
reported without a fix; XLSForm and ambiguous names stay silent."""
import pandas as pd
import requests

KC = "https://kc.kobotoolbox.org"  # want "KB101"
forms = requests.get(KC + "/api/v1/forms").json()  # want "KB210" "KB501"

exported = pd.read_csv("exported_forms.csv")
total = exported["num_of_submissions"].sum()  # want "KB424 field num_of_submissions"
ids = exported["formid"].tolist()  # want "KB410 field formid"
sheet = pd.read_excel("survey.xlsx", sheet_name="settings")
print(sheet["id_string"], exported["title"])

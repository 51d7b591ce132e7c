"""Values read from local files are the program's own, even where their
names look like v1 fields: spreadsheets, CSV, JSON snapshots. The same
script's requests to Kobo are judged as usual."""
import csv
import json

import pandas as pd
import requests

KPI = "https://kf.kobotoolbox.org"

sheet = pd.read_excel("forms.xlsx")
print(sheet["title"], sheet["formid"])
local = pd.read_csv("exports/forms.csv")
print(local.title, local["num_of_submissions"].sum())

with open("snapshot.json") as fh:
    snapshot = json.load(fh)
for row in snapshot:
    print(row["id_string"])

for row in csv.DictReader(open("forms.csv")):
    print(row["formid"], row["title"])

# the same names in a response of the v1 API are v1 fields
remote = pd.DataFrame(requests.get(KPI + "/api/v1/forms").json())  # want "KB210" "KB501"
print(remote["title"])  # want "KB403"

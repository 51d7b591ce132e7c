"""Values read from local files are the program's own, even where their
names look like v1 fields: spreadsheets, CSV, JSON snapshots. In a script
that talks to Kobo, a name only a v1 answer carries (formid,
num_of_submissions) is reported, since the file may be a v1 export, but
never renamed: the file is not seen. XLSForm names (id_string) and names
v2 shares (title) stay silent. The same script's requests to Kobo are
judged as usual."""
import csv
import json

import pandas as pd
import requests

KPI = "https://kf.kobotoolbox.org"

sheet = pd.read_excel("forms.xlsx")
print(sheet["title"], sheet["formid"])  # want "KB410 field formid"
local = pd.read_csv("exports/forms.csv")
print(local.title, local["num_of_submissions"].sum())  # want "KB424 field num_of_submissions"

with open("snapshot.json") as fh:
    snapshot = json.load(fh)
for row in snapshot:
    print(row["id_string"])

for row in csv.DictReader(open("forms.csv")):
    print(row["formid"], row["title"])  # want "KB410 field formid"

# the same names in a response of the v1 API are v1 fields
remote = pd.DataFrame(requests.get(KPI + "/api/v1/forms").json())  # want "KB210" "KB501"
print(remote["title"])  # want "KB403"

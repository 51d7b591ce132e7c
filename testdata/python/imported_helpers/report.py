"""A script that imports the client: what list_forms() returns are the
rows of the v1 form list, and api_base() is the v1 base."""
import requests

from kobo_tools.client import api_base, list_forms

for form in list_forms():
    print(form["title"], form["num_of_submissions"])  # want "KB403 field title" "KB424 field num_of_submissions"

rows = requests.get(api_base() + "data/" + str(42)).json()  # want "KB202" "KB501 shape"
counts = {}
for row in rows:
    counts[row["_submitted_by"]] = counts.get(row["_submitted_by"], 0) + 1

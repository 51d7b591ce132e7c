"""Types and counts. An integer id converted by int() cannot become the
string uid by a rename; str() of it can. A count of a v2 page counts one
page: the finding says so."""
import pandas as pd
import requests

KPI = "https://kf.kobotoolbox.org"

forms = requests.get(KPI + "/api/v1/forms").json()  # want "KB210" "KB501"
print(len(forms), "forms")
for form in forms:
    pk = int(form["formid"])  # want "KB410"
    print(pk, form["title"])  # want "KB403"

projects = requests.get(KPI + "/api/v1/data").json()  # want "KB201" "KB501"
print(len(projects), "projects")
for p in projects:
    print(str(p["id"]) + ": " + p["title"])  # want "KB402" "KB403"

frame = pd.DataFrame(requests.get(KPI + "/api/v1/forms").json())  # want "KB210" "KB501"
frame["formid"] = frame["formid"].astype(int)  # want "KB410"

# counting a page the code already reads: silent
count = requests.get(KPI + "/api/v2/assets/").json()["count"]

"""Things that look like the v1 API and are not."""
import altair as alt
import pandas as pd
import requests
import streamlit as st
from openpyxl import Workbook

ONA = "https://api.ona.io/api/v1"
CENTRAL = "https://central.example.org/v1/projects"
KPI = "https://kf.kobotoolbox.org/api/v2"

st.set_page_config(page_title="Forms dashboard")
st.title("Forms")
chart = alt.Chart(pd.DataFrame({"x": [1]})).mark_bar().properties(title="Submissions")
wb = Workbook()
ws = wb.active
ws.title = "Projects"

ona_forms = requests.get(ONA + "/forms").json()
print([f["title"] for f in ona_forms], ona_forms[0]["formid"])
projects = requests.get(CENTRAL, auth=("u", "p")).json()
print(projects[0]["id"], projects[0]["name"])

assets = requests.get(f"{KPI}/assets/", params={"asset_type": "survey"}).json()["results"]
for a in assets:
    print(a["uid"], a["name"], a["owner__username"], a["url"], a["date_created"])

data = requests.get(f"{KPI}/assets/{assets[0]['uid']}/data/").json()
for rec in data["results"]:
    print(rec["_id"], rec["_uuid"], rec["_xform_id_string"], rec["_submission_time"])

row = {"title": "own", "tags": ["a"], "owner": "me"}
print(row["title"], row["tags"], row.get("owner"))

"""DataFrames built from responses: column reads carry the origin."""
import pandas as pd
import requests

URL = "https://kc.kobotoolbox.org/api/v1/forms"  # want "KB101 host" "KB210 endpoint"

r = requests.get(URL)
df = pd.DataFrame(r.json())  # want "KB501 shape"
active = df[df["num_of_submissions"] > 0]  # want "KB424 field num_of_submissions"
view = df[["title", "id_string", "date_created"]]  # want "KB403 field title" "KB401 field id_string"
flat = pd.json_normalize(r.json())  # want "KB501 shape"
flat = flat.rename(columns={"title": "name", "formid": "pk"})  # want "KB403 field title" "KB410 field formid"
print(flat.get("last_submission_time"))  # want "KB421 field last_submission_time"
print(df.loc[:, "description"], df.loc[df["public"], ["owner", "uuid"]])  # want "KB404 field description" "KB414 field public" "KB411 field owner" "KB422 field uuid"
for row in df.itertuples():
    print(row.title)  # want "KB403 field title"
df["tags"].apply(lambda t: ",".join(t))  # want "KB413 field tags"

# after the rename the columns are ours
print(flat["name"], flat["pk"])

# a frame the code builds itself
summary = pd.DataFrame([{"title": "x", "rows": 1}])
print(summary["title"])

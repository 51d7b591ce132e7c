"""DataFrames built from responses: column reads carry the origin."""
import pandas as pd
import requests

URL = "https://kc.kobotoolbox.org/api/v1/forms"  # want "host" "endpoint"

r = requests.get(URL)
df = pd.DataFrame(r.json())  # want "shape"
active = df[df["num_of_submissions"] > 0]  # want "field num_of_submissions"
view = df[["title", "id_string", "date_created"]]  # want "field title" "field id_string"
flat = pd.json_normalize(r.json())  # want "shape"
flat = flat.rename(columns={"title": "name", "formid": "pk"})  # want "field title" "field formid"
print(flat.get("last_submission_time"))  # want "field last_submission_time"
print(df.loc[:, "description"], df.loc[df["public"], ["owner", "uuid"]])  # want "field description" "field public" "field owner" "field uuid"
for row in df.itertuples():
    print(row.title)  # want "field title"
df["tags"].apply(lambda t: ",".join(t))  # want "field tags"

# after the rename the columns are ours
print(flat["name"], flat["pk"])

# a frame the code builds itself
summary = pd.DataFrame([{"title": "x", "rows": 1}])
print(summary["title"])

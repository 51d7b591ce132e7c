"""A v1 list fetched, decoded and assigned to a name in one statement: the
unsafe fix turns the statement into a loop that follows next, so that the
name holds every item as before, not the first page. The loop keeps the
request's other arguments but params (next carries the query), and its
page name does not take one the file uses. Elsewhere the first page's
results are read."""
import requests

KPI = "https://kf.kobotoolbox.org"
H = {"Authorization": "Token xxxx"}

projects = requests.get(KPI + "/api/v1/data", headers=H, params={"format": "json"}, timeout=60).json()  # want "KB201" "KB501"
print(len(projects), "projects")
for p in projects:
    print(p["title"])  # want "KB403"


def all_forms(session):
    rows_page = 0  # a name of the program's: the loop takes another
    rows = session.get(KPI + "/api/v1/data", headers=H).json()  # want "KB201" "KB501"
    return [r["id_string"] for r in rows], rows_page  # want "KB401"


# not one statement that assigns the decoded list: the first page is read
for f in requests.get(KPI + "/api/v1/data", headers=H).json():  # want "KB201" "KB501"
    print(f["title"])  # want "KB403"

# a comment inside the statement would be copied into the loop
subs = requests.get(KPI + "/api/v1/data",  # want "KB201" "KB501"
                    headers=H).json()
print(len(subs))

r = requests.get(KPI + "/api/v1/data", headers=H)  # want "KB201"
listed = r.json()  # want "KB501"
print(len(listed))


# the request in a statement of its own before the decode: the loop
# repeats it for each next page
def paged_two_statements(session, token):
    resp = session.get(KPI + "/api/v1/data", headers={"Authorization": token}, params={"format": "json"})  # want "KB201"
    resp.raise_for_status()
    if resp.status_code == 200:
        rows = resp.json()  # want "KB501"
        return [r["title"] for r in rows]  # want "KB403"
    return []


# the token changes between the request and the decode: repeating the
# request after the decode would send another one, so the first page is read
def token_changes(session, token):
    resp = session.get(KPI + "/api/v1/data", headers={"Authorization": token})  # want "KB201"
    token = "Token other"
    rows = resp.json()  # want "KB501"
    return len(rows), token


# the request is made in a loop (and the name is assigned twice): the
# decode does not follow the request statement on every path
def last_owner(session, owners):
    resp = None
    for owner in owners:
        resp = session.get(KPI + "/api/v1/data", params={"owner": owner})  # want "KB201"
    rows = resp.json()  # want "KB501"
    return len(rows)

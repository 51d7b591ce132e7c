"""http.client connections: the host is given to the connection and the
path to each request, so the bare host is an API base here."""
import http.client
import json

BODY = json.dumps({"id": "aBcDeF123", "submission": {}})

conn = http.client.HTTPSConnection("kc.kobotoolbox.org")  # want "KB101"
conn.request("POST", "/api/v1/submissions", BODY, {"Content-Type": "application/json"})  # want "KB224"
answer = conn.getresponse()
print(answer.status)

kc = http.client.HTTPSConnection("kc.kobotoolbox.org")  # want "KB101"
kc.request("GET", "/api/v1/forms")  # want "KB210"
for form in json.loads(kc.getresponse().read()):  # want "KB501"
    print(form["title"])  # want "KB403"

# Ona speaks the same dialect on its own host: silent
ona = http.client.HTTPSConnection("api.ona.io")
ona.request("GET", "/api/v1/forms")
for form in json.loads(ona.getresponse().read()):
    print(form["title"])

"""URLs built with +, implicit concatenation, f-strings, % and .format."""
import os
import posixpath
from pathlib import Path
from urllib.parse import urljoin

import requests

SERVER = "https://kc.kobotoolbox.org"  # want "KB101 host"
formid = 474

requests.get(SERVER + "/api/v1/data/" + str(formid))  # want "KB202 endpoint"
requests.get("https://kc.kobotoolbox.org"  # want "KB101 host"
             "/api/v1/forms")  # want "KB210 endpoint"
requests.get(f"{SERVER}/api/v1/data/{formid!r}?format={'json':>{10}}")  # want "KB202 endpoint"
requests.get("%s/api/v1/forms/%d" % (SERVER, formid))  # want "KB211 endpoint"
requests.get("%(base)s/api/v1/metadata" % {"base": SERVER})  # want "KB220 endpoint"
requests.get("%s/api/v1/user" % SERVER)  # want "KB230 endpoint"
requests.get("{}/api/v1/data/{}".format(SERVER, formid))  # want "KB202 endpoint"
requests.get("{base}/api/v1/forms/{pk}".format(base=SERVER, pk=formid))  # want "KB211 endpoint"
requests.get(urljoin(SERVER, "/api/v1/user"))  # want "KB230 endpoint"
requests.get("/".join([SERVER, "api/v1/data", str(formid)]))  # want "KB202 endpoint"
requests.get(os.path.join(SERVER, "api", "v1", "forms"))  # want "KB210 endpoint"
requests.get(posixpath.join(SERVER, "api/v1/metadata"))  # want "KB220 endpoint"
requests.get(str(Path(SERVER) / "api/v1/user"))  # want "KB230 endpoint"

# look-alikes: percent and braces that are not URLs
print("%d%% done" % 50, "{} rows".format(10))

"""KPI v1 code names assets and users by relative URLs in request bodies."""
import requests

KPI = "https://kf.kobotoolbox.org"


def share(uid, user, token):
    body = {
        "content_object": f"/assets/{uid}/",  # want "KB304"
        "user": f"/users/{user}/",  # want "KB312"
        "permission": "view_asset",
    }
    return requests.post(KPI + "/permissions/", json=body, headers={"Authorization": token})  # want "KB307"


def deployed(token):
    # a fixed asset, by its uid
    return {"content_object": "/assets/aB3dEf5gH7iJ9kL1mN3oP5/"}  # want "KB304"


# a web page's own static files are no KPI resource
STYLES = ["/assets/css/site.css", "/assets/js/app.js"]

"""An old client of the same server's KoboCAT, by another name."""
import requests

OLD = "https://api.data.myngo.org"  # want "KB104"


def forms():
    return requests.get(OLD + "/api/v1/forms").json()  # want "KB210" "KB501"

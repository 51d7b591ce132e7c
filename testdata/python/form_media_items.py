"""A v1 form's metadata holds its media items: their fields are the
/api/v1/metadata item's, read through the form's response."""
import requests

KC = "https://kc.kobotoolbox.org"  # want "KB101 host kc.kobotoolbox.org"

form = requests.get(KC + "/api/v1/forms/12").json()  # want "KB211 endpoint /api/v1/forms/12"
for item in form["metadata"]:  # want "KB412 field metadata"
    if item["data_type"] == "media":  # want "KB431 field data_type"
        print(item["data_value"], item["data_file"])  # want "KB433 field data_value" "KB435 field data_file"

"""One read per v1 field rule of the table, from a request of its kind (rule coverage)."""
import requests

KC = "https://kc.kobotoolbox.org"  # want "KB101"
H = {"Authorization": "Token x"}

form = requests.get(KC + "/api/v1/forms/12", headers=H).json()  # want "KB211"
print(form["url"], form["metadata"], form["public_data"], form["require_auth"], form["users"])  # want "KB406" "KB412" "KB415" "KB416" "KB417"
print(form["hash"], form["downloadable"], form["encrypted"], form["last_submission_time"])  # want "KB418" "KB419" "KB420" "KB421"
print(form["uuid"], form["instances_with_geopoints"], form["attachment_storage_bytes"])  # want "KB422" "KB423" "KB425"
print(form["date_created"], form["kpi_asset_uid"])  # want "KB427"

media = requests.get(KC + "/api/v1/metadata", headers=H).json()  # want "KB220" "KB501"
for m in media:
    print(m["data_type"], m["data_value"], m["data_file"], m["data_file_type"], m["file_hash"], m["from_kpi"])  # want "KB431" "KB433" "KB435" "KB436" "KB437" "KB438"

me = requests.get(KC + "/api/v1/user", headers=H).json()  # want "KB230"
print(me["city"], me["country"], me["organization"], me["website"], me["twitter"])  # want "KB441" "KB442" "KB443" "KB444" "KB445"
print(me["api_token"], me["temp_token"], me["url"], me["user"], me["name"])  # want "KB446" "KB447" "KB448" "KB449" "KB450"

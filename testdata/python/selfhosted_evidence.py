"""A self-hosted server whose KoboCAT host is not named kc.*: the file's
own evidence (its KPI sibling, a Kobo-named setting) tells what it is."""
import requests

KPI = "https://kf.surveys.myngo.org"
LEGACY = "https://data.surveys.myngo.org"  # want "KB104"
KOBOCAT_URL = "https://collect.other-ngo.org"  # want "KB104"

forms = requests.get(LEGACY + "/api/v1/forms").json()  # want "KB210" "KB501"
count = requests.get(KOBOCAT_URL + "/api/v1/data/12").json()  # want "KB202" "KB501"

# the organisation's own services on the same domain, with their own APIs
health = requests.get("https://status.surveys.myngo.org/api/v1/").json()
PAYMENTS_URL = "https://pay.myngo.org"
paid = requests.get(PAYMENTS_URL + "/api/v1/invoices").json()

"""No Kobo host and no Kobo import here: the repository says whose API this is."""
import requests


def submissions(base, pk, token):
    # a hostless v1 path that the repository's other files tie to Kobo
    return requests.get(f"{base}/api/v1/data/{pk}", headers={"Authorization": f"Token {token}"}).json()  # want "KB202" "KB501"


def busiest(forms):
    return max(forms, key=lambda f: f["num_of_submissions"])  # want "KB424"


def health(base):
    # a bare /api/v1 base could be any service's: the repository alone does not say
    return requests.get(base + "/api/v1/").status_code

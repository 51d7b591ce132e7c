"""Nightly export of every form's submissions (written for the v1 API)."""
import csv
import os

import requests

KOBO_URL = os.getenv("KOBO_URL", "https://kc.kobotoolbox.org")
HEADERS = {"Authorization": f"Token {os.environ['KOBO_TOKEN']}"}


def forms():
    r = requests.get(f"{KOBO_URL}/api/v1/forms", headers=HEADERS, timeout=60)
    r.raise_for_status()
    return r.json()


def main():
    with open("forms.csv", "w", newline="") as fh:
        out = csv.writer(fh)
        for form in forms():
            out.writerow([form["formid"], form["title"], form["num_of_submissions"]])
            data = requests.get(f"{KOBO_URL}/api/v1/data/{form['formid']}", headers=HEADERS).json()
            print(form["id_string"], len(data))


if __name__ == "__main__":
    main()

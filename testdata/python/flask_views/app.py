"""A Flask app that renders KoboCAT's v1 form list with Jinja templates
(templates/): the templates' reads are judged by the view's request."""
import os

import requests
from flask import Flask, render_template
from jinja2 import Environment, FileSystemLoader

app = Flask(__name__)
TOKEN = os.environ["KOBO_TOKEN"]
FORMS_URL = "https://kc.kobotoolbox.org/api/v1/forms"  # want "KB101" "KB210"
env = Environment(loader=FileSystemLoader("templates"))


def kobo_forms():
    r = requests.get(FORMS_URL, headers={"Authorization": "Token " + TOKEN})
    return r.json()  # want "KB501"


@app.route("/")
def index():
    forms = kobo_forms()
    by_id = {f["id_string"]: f for f in forms}  # want "KB401"
    return render_template("index.html", forms=forms, by_id=by_id, title="Forms")


@app.route("/ona")
def ona():
    # Ona's API answers with the same names: its own
    forms = requests.get("https://api.ona.io/api/v1/forms").json()
    return render_template("ona.html", forms=forms)


def weekly_report(path):
    context = {"forms": kobo_forms()}
    with open(path, "w") as out:
        out.write(env.get_template("reports/weekly.j2").render(**context))


@app.route("/assets")
def assets():
    # v2 code: the page's results, read by their v2 names
    page = requests.get("https://kf.kobotoolbox.org/api/v2/assets/", headers={"Authorization": "Token " + TOKEN}).json()
    return render_template("assets.html", assets=page["results"], count=page["count"])

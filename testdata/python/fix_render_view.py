"""Views hand a v1 list to a template, which reads its items where
kobolint cannot see (Django render, Flask render_template, jsonify): the
list and the reads of the view are reported, and nothing is rewritten,
since the template would keep reading the v1 names."""
import requests
from django.shortcuts import render
from flask import jsonify, render_template

KC = "https://kc.kobotoolbox.org"  # want "KB101"
HEADERS = {"Authorization": "Token xxxx"}


def pick_form(request):
    r = requests.get(KC + "/api/v1/forms", headers=HEADERS)  # want "KB210"
    available = []
    for survey in r.json():  # want "KB501"
        if survey["num_of_submissions"]:  # want "KB424"
            available.append(survey)
    return render(request, "pick.html", {"forms": available})


def flask_forms():
    items = requests.get(KC + "/api/v1/data", headers=HEADERS).json()  # want "KB201" "KB501"
    return render_template("forms.html", forms=items)


def api_forms():
    return jsonify(requests.get(KC + "/api/v1/metadata", headers=HEADERS).json())  # want "KB220" "KB501"


# a page the view reads itself: its results go to the template
def v2_forms(request):
    page = requests.get("https://kf.kobotoolbox.org/api/v2/assets/", headers=HEADERS).json()
    return render(request, "assets.html", {"assets": page["results"]})

"""Django views that hand Kobo's v1 answers to templates: the templates'
reads are judged by the request each view makes (see templates/)."""
import requests
from django.shortcuts import render
from django.template import loader
from django.template.response import TemplateResponse

from .kobo_client import list_forms
from .models import Survey

KOBO = "https://kc.kobotoolbox.org/api/v1"  # want "KB101" "KB200"
ONA = "https://api.ona.io/api/v1"


def pick_form(request):
    headers = {"Authorization": "Token %s" % request.session["token"]}
    r = requests.get(KOBO + "/forms", headers=headers)  # want "KB210"
    r.raise_for_status()
    available = []
    for form in r.json():  # want "KB501"
        if not Survey.objects.filter(form_id=form["formid"]).count():  # want "KB410"
            available.append(form)
    return render(request, "surveys/pick.html", {"forms": available, "cycles": Survey.objects.all()})


def submissions(request, pk):
    rows = requests.get(KOBO + "/data/%s" % pk).json()  # want "KB202" "KB501"
    return TemplateResponse(request, "surveys/rows.html", context={"rows": rows})


def one_form(request, pk):
    form = requests.get(KOBO + "/forms/%s" % pk).json()  # want "KB211"
    page = loader.get_template("surveys/form.html")
    return page.render({"form": form}, request)


def ona_forms(request):
    # the same template shape over Ona's API: Ona's own fields
    forms = requests.get(ONA + "/forms").json()
    return render(request, "surveys/ona.html", {"forms": forms})


def local_forms(request):
    # the app's own table: its template reads the models' attributes
    return render(request, "surveys/kobo_local.html", {"forms": Survey.objects.all()})


def client_forms(request):
    # a list another module requests: its items are read in the template
    return render(request, "surveys/client.html", {"forms": list_forms(request.session["token"])})

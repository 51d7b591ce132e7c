"""Class-based views: get_context_data gives the template its variables."""
import requests
from django.views.generic import ListView, TemplateView

from .models import Survey


class KoboFormsView(TemplateView):
    template_name = "surveys/class_forms.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        r = requests.get("https://kc.kobotoolbox.org/api/v1/forms")  # want "KB101" "KB210"
        context["forms"] = r.json()  # want "KB501"
        return context


class OnaFormsView(TemplateView):
    template_name = "surveys/class_ona.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["forms"] = requests.get("https://api.ona.io/api/v1/forms").json()
        return context


class SurveyListView(ListView):
    # the app's own table: object_list and surveys are querysets
    model = Survey
    template_name = "surveys/class_models.html"

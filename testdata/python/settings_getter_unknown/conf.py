"""The server's address comes from Django settings; nothing in this
repository shows whether it carries a path."""
from django.conf import settings


def kpi_root():
    return settings.KOBO_KPI_ROOT

"""Settings getters: the KPI server's root comes from Django settings."""
from django.conf import settings


def kpi_root():
    if settings.KOBO_KPI_ROOT:
        return settings.KOBO_KPI_ROOT
    raise RuntimeError("KOBO_KPI_ROOT is not set")


def partner_root():
    return settings.ONA_ROOT

"""Deployment settings held in objects: a dataclass with environment
defaults, NamedTuples built per server, a module-level instance."""
import os
from dataclasses import dataclass
from typing import NamedTuple


@dataclass
class Settings:
    kobocat_root: str = os.getenv("KOBOCAT_ROOT", "https://kc.kobotoolbox.org/api/v1/")  # want "KB101" "KB200"
    kpi_root: str = os.getenv("KPI_ROOT", "https://kf.kobotoolbox.org/api/v2/")
    token: str = os.getenv("KOBO_TOKEN", "")


class Server(NamedTuple):
    url: str
    token: str


settings = Settings()
KOBO = Server("https://kc.kobotoolbox.org/api/v1", os.getenv("KOBO_TOKEN", ""))  # want "KB101" "KB200"
ONA = Server("https://api.ona.io/api/v1", os.getenv("ONA_TOKEN", ""))

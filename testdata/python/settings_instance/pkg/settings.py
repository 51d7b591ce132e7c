"""Settings as a dataclass instance, the API root a default."""
from dataclasses import dataclass


@dataclass
class Settings:
    root: str = "https://kc.kobotoolbox.org/api/v1/"  # want "KB101 host kc.kobotoolbox.org" "KB200 endpoint /api/v1"
    token: str = ""


SETTINGS = Settings()

"""Settings as a dataclass instance, the API root a default (an Ona server)."""
from dataclasses import dataclass


@dataclass
class Settings:
    root: str = "https://api.ona.io/api/v1/"
    token: str = ""


SETTINGS = Settings()

"""Settings as dicts: one per environment, chosen at run time, and a flat
one. The version is a setting (reported here); the host differs per
environment, so no one host is known."""
ENV = "production"
SERVERS = {
    "production": {"HOST": "kobo.example.org", "VERSION": "v1", "SCHEME": "https"},  # want "KB209 endpoint v1"
    "staging": {"HOST": "kobo-staging.example.org", "VERSION": "v1", "SCHEME": "https"},  # want "KB209 endpoint v1"
}
DEFAULTS = {"api": {"root": "https://kobo.example.org/api/v1"}}  # want "KB200 endpoint /api/v1"

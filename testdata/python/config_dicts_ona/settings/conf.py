"""The same settings for an Ona server: its own /api/v1 stays silent."""
ENV = "production"
SERVERS = {
    "production": {"HOST": "api.ona.io", "VERSION": "v1"},
    "staging": {"HOST": "stage-api.ona.io", "VERSION": "v1"},
}

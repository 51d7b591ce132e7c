"""The API version is a setting joined into URLs elsewhere."""

KOBO = {
    "SCHEME": "kobo",
    "HOST": "kf.kobotoolbox.org",
    "VERSION": "v1",  # want "KB209 endpoint v1"
    "TIMEOUT": 7200,
}
KOBO_NEXT = {"HOST": "kf.kobotoolbox.org", "VERSION": "v2"}
SCHEMA_VERSION = "1.4"


def url(conf, endpoint, pk):
    return "https://" + conf["HOST"] + "/api/" + conf["VERSION"] + "/" + endpoint + "/" + pk

"""Legacy KoboCAT media links no longer work; v2 serves attachments by ids."""
import requests

KC_ROOT = "https://kc.ifrc.org"  # want "KB104"


def photo(att):
    return requests.get("https://kc.ifrc.org/media/original?media_file=" + att["filename"]).content  # want "KB104" "KB240"


def thumb(fn):
    return KC_ROOT + "/media/small?media_file=" + fn  # want "KB240"


# another site's media URL of the same shape is not Kobo's
OTHER = "https://example.org/media/original?media_file=x"

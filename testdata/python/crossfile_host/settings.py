"""Deployment settings: which server the nightly job talks to."""

PRIMARY = "https://kc.kobotoolbox.org"  # want "host kc.kobotoolbox.org"
MIRROR = "https://kc.kobotoolbox.org"  # want "host kc.kobotoolbox.org"

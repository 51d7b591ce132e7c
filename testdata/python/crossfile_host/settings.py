"""Deployment settings: which server the nightly job talks to."""

PRIMARY = "https://kc.kobotoolbox.org"  # want "KB101 host kc.kobotoolbox.org"
MIRROR = "https://kc.kobotoolbox.org"  # want "KB101 host kc.kobotoolbox.org"

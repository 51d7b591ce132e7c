"""Reads the forms it is given: which response they are is known only from
its callers in other modules."""


def titles(forms):
    return [f["title"] for f in forms]  # want "KB403 field title"


def counts(forms):
    return {f["title"]: f["num_of_submissions"] for f in forms}


def _private(forms):
    return [f["title"] for f in forms]


def owners(forms):
    return [f["owner"] for f in forms]  # want "KB411 field owner"

"""A client method that takes the path as *parts and joins them to its
root: each call's words are the URL it requests."""
import requests

ONA_ROOT = "https://api.ona.io/api/v1"


class Client:
    def __init__(self, root="https://kc.kobotoolbox.org"):  # want "KB101"
        self.root = root
        self.s = requests.Session()

    def url(self, *parts):
        return "/".join([self.root.rstrip("/"), "api", "v1", *parts])  # want "KB299"

    def get(self, *parts):
        return self.s.get(self.url(*parts)).json()


def path(*words):
    return "https://kc.kobotoolbox.org/api/v1/" + "/".join(words)  # want "KB101" "KB299"


c = Client()
for form in c.get("forms"):  # want "KB210" "KB501"
    print(form["title"])  # want "KB403"
rows = requests.get(path("data", str(form["formid"]))).json()  # want "KB501" "KB202" "KB410"


# the same shape on Ona's API: silent
def ona(*words):
    return "/".join([ONA_ROOT, *words])


requests.get(ona("forms")).json()

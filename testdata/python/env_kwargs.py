"""A command-line tool: the server comes from the environment with a
default, travels in a returned tuple and a dict of keyword arguments, and
reaches the functions that build the URLs through a dict of commands."""
import os
import sys

import requests

DEFAULT_SERVER = "https://kobo.humanitarianresponse.info/"
ONA_SERVER = "https://api.ona.io/"


def start_export(asset, server, kind="csv"):
    body = {"source": "{}assets/{}/".format(server, asset), "type": kind}  # want "KB304"
    r = requests.post("{}exports/".format(server), data=body)  # want "KB305"
    r.raise_for_status()
    return r.json()["uid"]


def list_exports(asset, server):
    r = requests.get("{}exports/".format(server), params={"q": "source:" + asset})  # want "KB305"
    return r.json()["results"]


def read_env():
    return os.getenv("SURVEY_ASSET", "aBcDeF123"), \
        os.getenv("SURVEY_SERVER", DEFAULT_SERVER), \



def parse_args():
    asset, server = read_env()
    kwargs = {"asset": asset, "server": server}
    command = sys.argv[1] if len(sys.argv) > 1 else "list"
    return command, kwargs


def ona_forms(server=ONA_SERVER):
    return requests.get("{}api/v1/forms".format(server)).json()


if __name__ == "__main__":
    command, kwargs = parse_args()
    commands = {"start": start_export, "list": list_exports}
    print(commands[command](**kwargs))
    print(ona_forms())

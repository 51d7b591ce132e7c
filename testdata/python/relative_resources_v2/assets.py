"""Relative asset paths handed to the v2 client of client.py."""


def asset(client, uid):
    return client.get(f"/assets/{uid}/")


def owner_url(client, name):
    return client.get("/users/" + name + "/")

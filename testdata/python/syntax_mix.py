# -*- coding: utf-8 -*-
"""Python 2 print statements, async code, walrus and generators."""
import asyncio

import aiohttp
import requests

BASE = u"https://kc.kobotoolbox.org/api/v1"  # want "KB101 host" "KB200 endpoint"

print "forms: %s" % (BASE + "/forms")  # want "KB210 endpoint"


async def fetch(pk):
    async with aiohttp.ClientSession() as session:
        async with session.get(f"{BASE}/data/{pk}") as resp:  # want "KB202 endpoint"
            rows = await resp.json()  # want "KB501 shape"
            return [r["_id"] for r in rows]


def pages(url):
    while url:
        page = requests.get(url).json()  # want "KB501"
        yield from page
        url = None


if (forms := requests.get(BASE + "/forms").json()):  # want "KB210 endpoint" "KB501 shape"
    print(forms[0]["title"])  # want "KB403 field title"

for form in pages(BASE + "/forms"):  # want "KB210 endpoint"
    print(form["id_string"])  # want "KB401 field id_string"

asyncio.run(fetch(1))

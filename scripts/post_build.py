#!/usr/bin/env python3
"""Trunk post-build hook (runs in TRUNK_STAGING_DIR).

1. The Content-Security-Policy forbids inline script, so Trunk's inline module loader
   is moved into a content-hashed file and referenced by src.
2. The service worker gets this build's file list (hashed names included) to precache,
   and a version derived from their contents. The list is relative to sw.js, which sits
   beside index.html, so it holds wherever the build is published (scripts/build.sh
   --base).
"""
import hashlib
import os
import re
import sys

staging = os.environ.get("TRUNK_STAGING_DIR")
if not staging:
    sys.exit("post_build.py must run as a Trunk hook (TRUNK_STAGING_DIR unset)")
# Trunk's --public-url, with its trailing slash: "/" or e.g. "/karibu/".
public_url = os.environ.get("TRUNK_PUBLIC_URL") or "/"

index_path = os.path.join(staging, "index.html")
with open(index_path, encoding="utf-8") as f:
    html = f.read()

inline = re.compile(r"<script(?P<attrs>[^>]*)>(?P<body>(?:(?!</script>).)+?)</script>", re.S)


def externalise(match):
    attrs, body = match.group("attrs"), match.group("body")
    if "src=" in attrs or not body.strip():
        return match.group(0)
    digest = hashlib.sha256(body.encode()).hexdigest()[:16]
    name = f"boot-{digest}.js"
    with open(os.path.join(staging, name), "w", encoding="utf-8") as out:
        out.write(body)
    attrs = re.sub(r'\s(nonce|integrity)="[^"]*"', "", attrs)
    return f'<script{attrs} src="{public_url}{name}"></script>'


html = inline.sub(externalise, html)
with open(index_path, "w", encoding="utf-8") as f:
    f.write(html)

files = []
for root, _, names in os.walk(staging):
    for name in names:
        rel = os.path.relpath(os.path.join(root, name), staging).replace(os.sep, "/")
        if rel != "sw.js":
            files.append(rel)
files.sort()

version = hashlib.sha256()
for rel in files:
    with open(os.path.join(staging, rel), "rb") as f:
        version.update(rel.encode())
        version.update(f.read())

urls = ["./"] + files
sw_path = os.path.join(staging, "sw.js")
with open(sw_path, encoding="utf-8") as f:
    sw = f.read()
sw = sw.replace('"__KARIBU_VERSION__"', '"' + version.hexdigest()[:16] + '"')
sw = sw.replace('["__KARIBU_PRECACHE__"]', "[" + ", ".join(f'"{u}"' for u in urls) + "]")
with open(sw_path, "w", encoding="utf-8") as f:
    f.write(sw)
print(f"post_build: {len(urls)} files precached under {public_url}; inline loader externalised")

#!/usr/bin/env python3
"""Draws Karibu's app icons (public/icons/*.png) with the standard library only.

A white "K" on the brand teal; the maskable icon keeps the mark inside the central
safe zone (80%) and fills the whole square, as maskable icons must.
Run once when the design changes: python3 scripts/make_icons.py
"""
import math
import os
import struct
import zlib

TEAL = (15, 95, 86)
CREAM = (246, 244, 239)


def seg_dist(px, py, ax, ay, bx, by):
    dx, dy = bx - ax, by - ay
    t = max(0.0, min(1.0, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)))
    return math.hypot(px - (ax + t * dx), py - (ay + t * dy))


def draw(size, maskable):
    scale = 0.62 if maskable else 0.8
    # The K as three strokes in a unit box centred on the icon.
    strokes = [((0.30, 0.18), (0.30, 0.82)), ((0.72, 0.18), (0.34, 0.52)), ((0.44, 0.44), (0.74, 0.82))]
    width = 0.075
    corner = 0 if maskable else 0.22 * size
    rows = []
    for y in range(size):
        row = bytearray([0])
        for x in range(size):
            # Rounded-square background (transparent outside) unless maskable.
            inside = True
            if corner:
                cx = min(max(x + 0.5, corner), size - corner)
                cy = min(max(y + 0.5, corner), size - corner)
                inside = math.hypot(x + 0.5 - cx, y + 0.5 - cy) <= corner
            if not inside:
                row += bytes((0, 0, 0, 0))
                continue
            u = ((x + 0.5) / size - 0.5) / scale + 0.5
            v = ((y + 0.5) / size - 0.5) / scale + 0.5
            d = min(seg_dist(u, v, *a, *b) for a, b in strokes)
            cover = max(0.0, min(1.0, (width - d) * size * scale + 0.5))
            colour = tuple(round(t + (c - t) * cover) for t, c in zip(TEAL, CREAM))
            row += bytes((*colour, 255))
        rows.append(bytes(row))
    raw = b"".join(rows)

    def chunk(kind, data):
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body) & 0xFFFFFFFF)

    header = struct.pack(">IIBBBBB", size, size, 8, 6, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b"")


out = os.path.join(os.path.dirname(__file__), "..", "public", "icons")
os.makedirs(out, exist_ok=True)
for name, size, maskable in [("icon-192.png", 192, False), ("icon-512.png", 512, False), ("maskable-512.png", 512, True)]:
    with open(os.path.join(out, name), "wb") as f:
        f.write(draw(size, maskable))
    print("wrote", name)

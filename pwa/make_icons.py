"""Draws the app icons (a plate on a blue tile) as PNG files, with no image library.

    python3 pwa/make_icons.py

Writes pwa/icons/icon-192.png, icon-512.png (rounded tile) and maskable-512.png (full
bleed, the plate inside the 80 % safe zone that launchers may crop to a circle).
"""

import math
import struct
import zlib
from pathlib import Path

BLUE = (37, 87, 214)
WHITE = (255, 255, 255)
ORANGE = (255, 159, 28)


def png(path, size, pixel):
    rows = []
    for y in range(size):
        row = bytearray([0])
        for x in range(size):
            row.extend(pixel(x, y))
        rows.append(bytes(row))
    raw = zlib.compress(b"".join(rows), 9)

    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    header = struct.pack(">IIBBBBB", size, size, 8, 6, 0, 0, 0)
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", raw) + chunk(b"IEND", b""))


def icon(size, maskable):
    scale = size / 64.0
    plate = 20 if not maskable else 17  # radius in a 64-unit tile

    def colour_at(u, v):
        # Outside the rounded tile: transparent (the maskable icon bleeds to the edge).
        if not maskable:
            r = 14
            dx = max(r - u, 0, u - (64 - r))
            dy = max(r - v, 0, v - (64 - r))
            if dx * dx + dy * dy > r * r:
                return None
        cx, cy = 32, 34 if not maskable else 33
        d = math.hypot(u - cx, v - cy)
        bar_top = 12 if not maskable else 14
        if abs(u - 32) <= 10 and bar_top <= v <= bar_top + 6 and d > plate - 1:
            return ORANGE
        if d <= plate:
            ring = plate * 0.65
            return BLUE if abs(d - ring) <= 1.5 else WHITE
        return BLUE

    def pixel(x, y):
        samples = []
        for sy in (0.25, 0.75):
            for sx in (0.25, 0.75):
                samples.append(colour_at((x + sx) / scale, (y + sy) / scale))
        opaque = [s for s in samples if s is not None]
        if not opaque:
            return (0, 0, 0, 0)
        alpha = round(255 * len(opaque) / len(samples))
        r, g, b = (round(sum(c[i] for c in opaque) / len(opaque)) for i in range(3))
        return (r, g, b, alpha)

    return pixel


if __name__ == "__main__":
    out = Path(__file__).parent / "icons"
    out.mkdir(exist_ok=True)
    png(out / "icon-192.png", 192, icon(192, False))
    png(out / "icon-512.png", 512, icon(512, False))
    png(out / "maskable-512.png", 512, icon(512, True))

"""Server-side SVG: the count over time, bar charts, and the map of facilities.

Every text placed in the SVG is escaped here; the result is markup the templates embed as is.
No script, no external reference: the charts are plain, accessible images (role="img" with a
title and a description).
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable, Sequence
from functools import cache
from pathlib import Path
from typing import Any

from markupsafe import Markup, escape

STATIC = Path(__file__).parent / "static"


def _nice_max(value: int) -> int:
    if value <= 5:
        return 5
    step = 10 ** int(math.log10(value))
    for mult in (1, 2, 2.5, 5, 10):
        if value <= step * mult:
            return int(step * mult)
    return value


def line_chart(points: Sequence[tuple[str, int]], title: str, month_label: Callable[[str], str],
               number: Callable[[int], str], width: int = 720, height: int = 260) -> Markup:
    """A line chart of monthly values (keys ``YYYY-MM``), years marked on the x axis."""
    left, right, top, bottom = 56, 12, 16, 30
    if not points:
        return Markup("")
    top_value = _nice_max(max(v for _, v in points))
    plot_w, plot_h = width - left - right, height - top - bottom
    step = plot_w / max(len(points) - 1, 1)

    def xy(i: int, v: int) -> tuple[float, float]:
        return left + i * step, top + plot_h - plot_h * v / top_value

    parts = [f'<svg class="chart" viewBox="0 0 {width} {height}" role="img" '
             f'aria-labelledby="chart-title" xmlns="http://www.w3.org/2000/svg">',
             f'<title id="chart-title">{escape(title)}</title>']
    steps = 5 if top_value % 5 == 0 else 4
    for k in range(steps + 1):
        value = top_value * k // steps
        y = top + plot_h - plot_h * k / steps
        parts.append(f'<line class="grid" x1="{left}" x2="{width - right}" y1="{y:.1f}" '
                     f'y2="{y:.1f}"/><text class="tick" x="{left - 6}" y="{y + 4:.1f}" '
                     f'text-anchor="end">{escape(number(value))}</text>')
    for i, (key, _) in enumerate(points):
        if key.endswith("-01"):
            x = left + i * step
            parts.append(f'<line class="grid" x1="{x:.1f}" x2="{x:.1f}" y1="{top}" '
                         f'y2="{top + plot_h}"/><text class="tick" x="{x + 3:.1f}" '
                         f'y="{height - 10}">{escape(key[:4])}</text>')
    line = " ".join(f"{x:.1f},{y:.1f}" for x, y in (xy(i, v) for i, (_, v) in
                                                    enumerate(points)))
    first_x, last_x = xy(0, 0)[0], xy(len(points) - 1, 0)[0]
    base = top + plot_h
    parts.append(f'<polygon class="area" points="{first_x:.1f},{base} {line} '
                 f'{last_x:.1f},{base}"/>')
    parts.append(f'<polyline class="line" points="{line}"/>')
    for i, (key, value) in enumerate(points):
        x, y = xy(i, value)
        parts.append(f'<circle class="dot" cx="{x:.1f}" cy="{y:.1f}" r="2.2"><title>'
                     f'{escape(month_label(key))}: {escape(number(value))}</title></circle>')
    parts.append("</svg>")
    return Markup("".join(parts))


def bar_chart(points: Sequence[tuple[str, int]], title: str, number: Callable[[int], str],
              label: Callable[[str], str] = str, width: int = 640) -> Markup:
    """Horizontal bars, one per point, labelled on the left, values on the right."""
    if not points:
        return Markup("")
    row, left, right = 24, 150, 70
    height = row * len(points) + 8
    top_value = max(max(v for _, v in points), 1)
    parts = [f'<svg class="bars" viewBox="0 0 {width} {height}" role="img" '
             f'xmlns="http://www.w3.org/2000/svg"><title>{escape(title)}</title>']
    for i, (key, value) in enumerate(points):
        y = 4 + i * row
        w = (width - left - right) * value / top_value
        parts.append(f'<text class="tick" x="{left - 8}" y="{y + 15}" text-anchor="end">'
                     f'{escape(label(key))}</text><rect class="bar" x="{left}" y="{y + 3}" '
                     f'width="{w:.1f}" height="{row - 8}"/><text class="tick" '
                     f'x="{left + w + 6:.1f}" y="{y + 15}">{escape(number(value))}</text>')
    parts.append("</svg>")
    return Markup("".join(parts))


@cache
def _outline() -> list[list[tuple[float, float]]]:
    data = json.loads((STATIC / "belarus.geojson").read_text(encoding="utf-8"))
    rings: list[list[tuple[float, float]]] = []
    for feature in data["features"]:
        geometry = feature["geometry"]
        polygons = (geometry["coordinates"] if geometry["type"] == "MultiPolygon"
                    else [geometry["coordinates"]])
        for polygon in polygons:
            rings.append([(float(x), float(y)) for x, y in polygon[0]])
    return rings


def facility_map(facilities: Sequence[dict[str, Any]], title: str,
                 describe: Callable[[dict[str, Any]], str], width: int = 640) -> Markup:
    """Belarus with one circle per facility, its area proportional to the number held."""
    rings = _outline()
    xs = [x for ring in rings for x, _ in ring]
    ys = [y for ring in rings for _, y in ring]
    lon0, lon1, lat0, lat1 = min(xs) - 0.3, max(xs) + 0.3, min(ys) - 0.3, max(ys) + 0.3
    k = math.cos(math.radians((lat0 + lat1) / 2))  # equirectangular, true at mid-latitude
    scale = width / ((lon1 - lon0) * k)
    height = round((lat1 - lat0) * scale)

    def project(lon: float, lat: float) -> tuple[float, float]:
        return (lon - lon0) * k * scale, (lat1 - lat) * scale

    parts = [f'<svg class="map" viewBox="0 0 {width} {height}" role="img" '
             f'xmlns="http://www.w3.org/2000/svg"><title>{escape(title)}</title>']
    for ring in rings:
        path = " ".join(f"{x:.1f},{y:.1f}" for x, y in (project(lo, la) for lo, la in ring))
        parts.append(f'<polygon class="country" points="{path}"/>')
    most = max((f["held"] for f in facilities), default=0) or 1
    placed = sorted((f for f in facilities if f.get("latitude") is not None
                     and f.get("longitude") is not None), key=lambda f: -f["held"])
    for f in placed:
        x, y = project(f["longitude"], f["latitude"])
        r = 3 + 22 * math.sqrt(f["held"] / most)
        parts.append(f'<a href="#fac-{escape(f["id"])}"><circle class="site" cx="{x:.1f}" '
                     f'cy="{y:.1f}" r="{r:.1f}"><title>{escape(describe(f))}</title></circle>'
                     f'</a>')
    parts.append("</svg>")
    return Markup("".join(parts))

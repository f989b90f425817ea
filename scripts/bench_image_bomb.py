"""How much a small PNG with many pixels costs the server: the median time and how much the
process's peak memory grows when checking a 129 KiB-class, 39.6-megapixel PNG (generated here), with the pixel cap of 24 MP
(rejected on the header) and, for comparison, with the cap raised to 40 MP (decoded).

    DJANGO_SECRET_KEY=x .venv/bin/python scripts/bench_image_bomb.py
"""

from __future__ import annotations

import io
import os
import resource
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "tests.settings")

import django

django.setup()

from django.core.exceptions import ValidationError  # noqa: E402
from django.core.files.uploadedfile import SimpleUploadedFile  # noqa: E402
from PIL import Image  # noqa: E402

from lpb import images  # noqa: E402


def bomb() -> bytes:
    output = io.BytesIO()
    Image.new("1", (6000, 6600)).save(output, format="PNG")
    return output.getvalue()


def measure(data: bytes, cap: int, runs: int = 5) -> tuple[float, float, str]:
    images.MAX_PIXELS = cap
    times, outcome = [], ""
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    for _ in range(runs):
        start = time.perf_counter()
        try:
            images.web_image(SimpleUploadedFile("b.png", data))
            outcome = "decoded"
        except ValidationError as error:
            outcome = f"refused ({error.code})"
        times.append(time.perf_counter() - start)
    grown = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before  # KiB on Linux
    return statistics.median(times), grown * 1024, outcome


if __name__ == "__main__":
    data = bomb()
    print(f"PNG of 6000 x 6600 = 39.6 megapixels, {len(data) / 1024:.0f} KiB")
    # The refused run first: the peak (ru_maxrss) only ever grows.
    for cap in (24_000_000, 40_000_000):
        seconds, peak, outcome = measure(data, cap)
        print(
            f"cap {cap // 1_000_000} MP: {outcome}, median {seconds * 1000:.1f} ms, "
            f"peak memory grew by {peak / 2**20:.0f} MiB"
        )

"""The machine a benchmark ran on, in one line for its results table."""

from __future__ import annotations

import os
import platform
from pathlib import Path


def describe() -> str:
    """CPU model, cores, memory, Python, and the load average now (other work skews timings)."""
    cpu = "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    mem = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else 0.0
    return (f"{cpu}, {os.cpu_count()} cores, {mem:.0f} GiB, Python "
            f"{platform.python_version()}, load average {load:.1f}")

"""Time the bundled app from launch to a shown main window, under X (use Xvfb on a server):

    xvfb-run -a python3 installer/linux/measure_start.py [dist/CohortDesk/cohortdesk] [--runs 5]

Each run gets a fresh HOME (a first start, as after installing) and, when the script may (as
root), an emptied page cache, so the bundle's 140 MB are read from disk as on a cold laptop.
"Shown" means X reports a visible top-level window whose title contains "CohortDesk", polled
every 10 ms with xdotool. Prints each run and the median. Measurement only: no assertions.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def drop_page_cache() -> bool:
    try:
        subprocess.run(["sync"], check=True)
        Path("/proc/sys/vm/drop_caches").write_text("3\n")
        return True
    except OSError:
        return False


def window_shown(pid: int) -> bool:
    found = subprocess.run(["xdotool", "search", "--onlyvisible", "--pid", str(pid),
                            "--name", "CohortDesk"], capture_output=True, text=True)
    return bool(found.stdout.strip())


def one_run(binary: Path, timeout: float, warm: bool) -> tuple[float, bool]:
    cold = not warm and drop_page_cache()
    with tempfile.TemporaryDirectory(prefix="cohortdesk-start-") as home:
        env = {"HOME": home, "PATH": "/usr/bin:/bin", "LANG": "C.UTF-8"}
        env.update({k: os.environ[k] for k in ("DISPLAY", "XAUTHORITY") if k in os.environ})
        start = time.perf_counter()
        app = subprocess.Popen([str(binary)], env=env, cwd=home,
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            while not window_shown(app.pid):
                if app.poll() is not None:
                    raise SystemExit(f"the app exited with {app.returncode} before showing a window")
                if time.perf_counter() - start > timeout:
                    raise SystemExit(f"no window after {timeout:.0f} s")
                time.sleep(0.01)
            return time.perf_counter() - start, cold
        finally:
            app.terminate()
            try:
                app.wait(10)
            except subprocess.TimeoutExpired:
                app.kill()
                app.wait()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("binary", nargs="?", default="dist/CohortDesk/cohortdesk", type=Path)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--timeout", type=float, default=60.0)
    parser.add_argument("--warm", action="store_true", help="keep the page cache between runs")
    args = parser.parse_args()
    if "DISPLAY" not in os.environ or shutil.which("xdotool") is None:
        raise SystemExit("needs an X display and xdotool: xvfb-run -a python3 " + sys.argv[0])
    times = []
    for i in range(1, args.runs + 1):
        seconds, cold = one_run(args.binary.resolve(), args.timeout, args.warm)
        times.append(seconds)
        print(f"run {i}: {seconds:.2f} s ({'cold page cache' if cold else 'page cache kept'})")
    print(f"median of {len(times)}: {statistics.median(times):.2f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())

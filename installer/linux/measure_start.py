"""Time the bundled app from launch to a shown main window, under X (use Xvfb on a server):

    python3 installer/linux/measure_start.py [dist/CohortDesk/cohortdesk] [--runs 5] [--warm]

With no DISPLAY it starts its own Xvfb on a free display number (xvfb-run -a can race with
other Xvfb servers on a shared machine and drop the app's connection).

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


def start_xvfb() -> subprocess.Popen[bytes]:
    """A private Xvfb on the first free display from :150; DISPLAY is set for the runs."""
    for number in range(150, 250):
        if Path(f"/tmp/.X11-unix/X{number}").exists() or Path(f"/tmp/.X{number}-lock").exists():
            continue
        # -noreset: by default the server resets whenever its last client leaves, and a client
        # connecting meanwhile (the next run's app, or xdotool polling) is refused.
        server = subprocess.Popen(["Xvfb", f":{number}", "-screen", "0", "1366x768x24",
                                   "-nolisten", "tcp", "-noreset"], stderr=subprocess.DEVNULL)
        for _ in range(200):
            if Path(f"/tmp/.X11-unix/X{number}").exists():
                os.environ["DISPLAY"] = f":{number}"
                os.environ.pop("XAUTHORITY", None)
                return server
            if server.poll() is not None:
                break
            time.sleep(0.025)
        server.kill()
    raise SystemExit("could not start Xvfb")


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
        log = Path(home) / "stderr.txt"
        start = time.perf_counter()
        app = subprocess.Popen([str(binary)], env=env, cwd=home,
                               stdout=subprocess.DEVNULL, stderr=log.open("wb"))
        try:
            while not window_shown(app.pid):
                if app.poll() is not None:
                    tail = log.read_text(errors="replace")[-2000:]
                    raise SystemExit(f"the app exited with {app.returncode} before showing a "
                                     f"window:\n{tail}")
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
    if shutil.which("xdotool") is None or ("DISPLAY" not in os.environ and not shutil.which("Xvfb")):
        raise SystemExit("needs xdotool and an X display or Xvfb (apt-get install xdotool xvfb)")
    server = start_xvfb() if "DISPLAY" not in os.environ else None
    times = []
    try:
        for i in range(1, args.runs + 1):
            seconds, cold = one_run(args.binary.resolve(), args.timeout, args.warm)
            times.append(seconds)
            print(f"run {i}: {seconds:.2f} s ({'cold page cache' if cold else 'page cache kept'})")
    finally:
        if server is not None:
            server.terminate()
            server.wait()
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(f"median of {len(times)}: {statistics.median(times):.2f} s "
          f"(min {min(times):.2f} s; load average {load:.1f} on {os.cpu_count()} CPUs)")
    return 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""`make bench`: whole-process medians of the product against the pangocairo floor.

Each case runs once to warm the disk cache, then N times; every run is a fresh process
(cold start included). Wall time, CPU time (user + system) and peak RSS come from the
child's own resource usage (os.wait4). When ../shared/bench/floor exists, the floor is
built and run in the same session and each case shows our wall time over the floor's.

    python3 Benchmarks/bench.py [--runs N] [--pages 10,100,1000]
"""
import argparse
import os
import shutil
import statistics
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
WORK = "/tmp/briefing-bench"
BIN = os.path.join(ROOT, ".build", "release", "briefing")
FLOOR_SRC = os.path.join(ROOT, "..", "shared", "bench", "floor")


def run_once(argv, cwd=ROOT):
    start = time.perf_counter()
    proc = subprocess.Popen(argv, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    err = proc.stderr.read().decode(errors="replace")
    proc.stderr.close()
    if os.waitstatus_to_exitcode(status) != 0:
        sys.exit(f"bench: {' '.join(argv)} failed:\n{err}")
    return wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024


def measure(argv, runs):
    run_once(argv)
    samples = [run_once(argv) for _ in range(runs)]
    return tuple(statistics.median(s[i] for s in samples) for i in range(3))


def measure_serial(commands, runs):
    """Median wall time of running `commands` one after another, each a whole process."""
    for argv in commands:
        run_once(argv)
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        for argv in commands:
            run_once(argv)
        samples.append(time.perf_counter() - start)
    return statistics.median(samples)


def size_of(paths):
    total = 0
    for p in paths:
        if os.path.isdir(p):
            for dirpath, _, files in os.walk(p):
                total += sum(os.path.getsize(os.path.join(dirpath, f)) for f in files)
        elif os.path.exists(p):
            total += os.path.getsize(p)
    return total


def pages_of(pdf):
    out = subprocess.run(["pdfinfo", pdf], capture_output=True, text=True).stdout
    return next((line.split()[-1] for line in out.splitlines() if line.startswith("Pages:")), "?")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--pages", default="10,100,1000")
    args = ap.parse_args()
    shutil.rmtree(WORK, ignore_errors=True)
    os.makedirs(WORK)
    bundled = os.path.join(ROOT, "Reports", "china-ai-2025")
    csv = os.path.join(bundled, "data", "private-investment-2023.csv")

    floor = None
    if os.path.isdir(FLOOR_SRC) and shutil.which("make") and shutil.which("gcc"):
        fout = os.path.join(WORK, "floor")
        if subprocess.run(["make", "-s", "-C", FLOOR_SRC, f"OUT={fout}"], stdout=subprocess.DEVNULL).returncode == 0:
            floor = os.path.join(fout, "briefing")

    def floor_case(repeat):
        if not floor:
            return None
        out = os.path.join(WORK, f"floor-x{repeat}")
        wall, _, _ = measure([floor, "--out", out, "--repeat", str(repeat), "--deterministic"], args.runs)
        return wall

    rows = []
    def add(name, argv, outputs, pages="", floor_wall=None):
        wall, cpu, rss = measure(argv, args.runs)
        rows.append((name, pages, wall, cpu, rss, size_of(outputs), floor_wall))

    out = os.path.join(WORK, "bundled")
    floor5 = floor_case(1)
    add("briefing build (bundled)", [BIN, "build", bundled, "--out", out, "--force"], [out], pages_of_after(BIN, bundled, out), floor5)
    outp = os.path.join(WORK, "bundled-png")
    add("briefing build --png (bundled)", [BIN, "build", bundled, "--out", outp, "--png", "--force"], [outp], "", floor5)
    svg = os.path.join(WORK, "chart.svg")
    add("briefing chart → SVG", [BIN, "chart", csv, "-o", svg], [svg])
    add("briefing check (bundled)", [BIN, "check", bundled], [])
    # Several reports at once: 8 copies, one process each in turn, against one build using every core.
    copies = [os.path.join(WORK, "copies", f"copy{i}") for i in range(8)]
    for c in copies:
        shutil.copytree(bundled, c)
    many = os.path.join(WORK, "copies-out")
    serial = measure_serial([[BIN, "build", c, "--out", many, "--force"] for c in copies], args.runs)
    rows.append(("8 briefings, 8 processes in turn", "", serial, 0, 0, 0, None))
    add("8 briefings, one parallel build", [BIN, "build", *copies, "--out", many, "--force"], [many], "", None)
    rows[-1] = rows[-1][:6] + (None,)
    parallel_ratio = rows[-1][2] / serial
    for pages in [int(p) for p in args.pages.split(",") if p]:
        folder = os.path.join(WORK, f"synthetic-{pages}")
        subprocess.run([sys.executable, os.path.join(ROOT, "Benchmarks", "make_synthetic.py"), folder, str(pages)], check=True)
        sout = os.path.join(WORK, f"synthetic-{pages}-out")
        actual = pages_of_after(BIN, folder, sout)
        add(f"synthetic report", [BIN, "build", folder, "--out", sout, "--force"], [sout], actual, floor_case(max(1, round(int(actual) / 5))))

    print(f"{'case':34} {'pages':>6} {'wall s':>8} {'CPU s':>7} {'peak RSS MiB':>13} {'output bytes':>13} {'× floor':>8}")
    for name, pages, wall, cpu, rss, size, fw in rows:
        ratio = f"{wall / fw:.2f}" if fw else "—"
        print(f"{name:34} {pages:>6} {wall:8.3f} {cpu:7.3f} {rss:13.1f} {size:13,} {ratio:>8}")
    print(f"parallel build of 8 briefings: {parallel_ratio:.2f}x the serial time")
    if floor:
        print("floor (../shared/bench/floor, same session):")
        for rep, label in [(1, "5"), (20, "100"), (200, "1000")]:
            fout = os.path.join(WORK, f"floor-x{rep}")
            wall, cpu, rss = measure([floor, "--out", fout, "--repeat", str(rep), "--deterministic"], args.runs)
            print(f"{'  floor':34} {label:>6} {wall:8.3f} {cpu:7.3f} {rss:13.1f} {size_of([fout]):13,}")
    else:
        print("(../shared/bench/floor not found: no floor column)")
    print(f"(median of {args.runs} runs each after one warm-up; {os.cpu_count()} CPUs; whole processes, cold start included)")


def pages_of_after(binary, folder, out):
    """Builds once to learn the page count (also the warm-up of the disk cache)."""
    subprocess.run([binary, "build", folder, "--out", out, "--force"], check=True, stdout=subprocess.DEVNULL)
    name = os.path.basename(os.path.normpath(folder))
    return pages_of(os.path.join(out, f"{name}.pdf"))


if __name__ == "__main__":
    main()

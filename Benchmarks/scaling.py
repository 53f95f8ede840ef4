#!/usr/bin/env python3
"""Work that should grow with its input, timed at doubling sizes.

A hostile or careless report must not hang a build: one unbroken word of N characters in a
heading or a paragraph (broken between syllables, as the only way it fits), and a paragraph
of N nested '[' (inline markup that never closes), should each take time in proportion to N.
Each case is a one-block report built with the release binary into a PDF; the table shows
median wall time and peak RSS, and the ratio to the case half its size (about 2 when linear,
4 when quadratic).

    python3 Benchmarks/scaling.py [--bin .build/release/briefing] [--runs 3] [--sizes 5000,10000,20000]

A benchmark is a program and a table, not a test: nothing fails because a machine is slow.
"""
import argparse
import os
import shutil
import statistics

from bench import run_once  # one way of timing a whole process, shared with make bench

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
WORK = "/tmp/briefing-scaling"


def report(folder, block):
    os.makedirs(folder, exist_ok=True)
    with open(os.path.join(folder, "report.yaml"), "w", encoding="utf-8") as f:
        f.write(f"title: 확장성\ndate: 2025-01-21\nbody:\n  - {block}\n")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bin", default=os.path.join(ROOT, ".build", "release", "briefing"))
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--sizes", default="5000,10000,20000")
    ap.add_argument("--brackets", default="50000,100000")
    args = ap.parse_args()
    shutil.rmtree(WORK, ignore_errors=True)
    sizes = [int(s) for s in args.sizes.split(",") if s]
    brackets = [int(s) for s in args.brackets.split(",") if s]

    cases = []
    for kind in ["heading", "paragraph"]:
        for n in sizes:
            # "가나다라" repeated: Hangul syllables, broken between syllables when nothing else fits.
            word = ("가나다라" * (n // 4 + 1))[:n]
            cases.append((f"{kind}: one word", n, f"{kind}: {word}"))
    for n in brackets:
        cases.append(("paragraph: nested '['", n, f'paragraph: "{"[" * n}"'))

    print(f"{'case':28} {'chars':>8} {'wall s':>8} {'× half':>7} {'peak RSS MiB':>13}")
    previous = {}
    for name, n, block in cases:
        folder = os.path.join(WORK, f"case-{len(previous)}-{n}", "report")
        report(folder, block)
        out = os.path.join(WORK, "out")
        argv = [args.bin, "build", folder, "--out", out, "--force"]
        samples = [run_once(argv) for _ in range(args.runs)]
        wall = statistics.median(s[0] for s in samples)
        rss = statistics.median(s[2] for s in samples)
        half = previous.get((name, n // 2))
        ratio = f"{wall / half:.2f}" if half else "—"
        previous[(name, n)] = wall
        print(f"{name:28} {n:>8,} {wall:8.2f} {ratio:>7} {rss:13.1f}", flush=True)
    print(f"(median of {args.runs} runs each; {os.cpu_count()} CPUs; whole processes of {args.bin})")


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Word spaces of a PDF's justified body lines, as an independent reader sees them.

For each line that poppler (`pdftotext -bbox-layout`) reads as body text (its word boxes as tall
as SIZE-point text) spanning the full measure (from the leftmost start to the rightmost end seen
on its page, within 1 pt), the median gap between its words, in em. Prints the count, the widest
median and the lines over LIMIT em (0.6 by default: issue 19's bar for justified Korean text).

    python3 Benchmarks/word_spaces.py out/china-ai-2025.pdf [--size 10.5] [--limit 0.6] [--histogram]

With --histogram, also the distribution of the lines' median word spaces, in 0.05 em bins.
"""
import argparse
import re
import statistics
import subprocess

WORD = re.compile(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>')


def lines(pdf, size):
    html = subprocess.run(["pdftotext", "-bbox-layout", pdf, "-"], capture_output=True, text=True, check=True).stdout
    for page in html.split("<page ")[1:]:
        found = []
        for line in page.split("<line ")[1:]:
            words = [(float(a), float(b), float(c), float(d), t) for a, b, c, d, t in WORD.findall(line)]
            # Noto Sans CJK's box is 1.448 em tall; other sizes are other text.
            if len(words) < 3 or abs((words[0][3] - words[0][1]) - 1.448 * size) > 0.3:
                continue
            found.append(words)
        if not found:
            continue
        left = min(w[0][0] for w in found)
        right = max(w[-1][2] for w in found)
        for words in found:
            if words[0][0] <= left + 1 and words[-1][2] >= right - 1:
                gaps = [words[i + 1][0] - words[i][2] for i in range(len(words) - 1)]
                yield statistics.median(gaps) / size, " ".join(w[4] for w in words)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("pdf", nargs="+")
    parser.add_argument("--size", type=float, default=10.5)
    parser.add_argument("--limit", type=float, default=0.6)
    parser.add_argument("--histogram", action="store_true")
    args = parser.parse_args()
    for pdf in args.pdf:
        found = sorted(lines(pdf, args.size), reverse=True)
        over = [f for f in found if f[0] > args.limit]
        widest = f"{found[0][0]:.3f}" if found else "—"
        print(f"{pdf}: {len(found)} full-measure body lines, widest median word space {widest} em, {len(over)} over {args.limit} em")
        for ratio, text in over:
            print(f"  {ratio:.3f}  {text[:60]}")
        if args.histogram and found:
            bins = {}
            for ratio, _ in found:
                low = int(ratio / 0.05) * 0.05
                bins[low] = bins.get(low, 0) + 1
            for low in sorted(bins):
                print(f"  {low:.2f}–{low + 0.05:.2f} em  {bins[low]:3d}  {'#' * bins[low]}")


if __name__ == "__main__":
    main()

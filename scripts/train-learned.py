#!/usr/bin/env python3
"""train-learned.py -- trains the learned stage's model on the dev pages.

    make learned-model

which runs

    test/extract/score -c -r 2026-12-04 test/extract/real/dev/*.txt > candidates.tsv
    scripts/train-learned.py candidates.tsv > loader/extract/learned.tsv

Reads the candidates `score -c` prints (file, label, organisation, member,
weight, features) and fits a logistic model with an L2 penalty by batch
gradient descent: every feature is binary, a few thousand candidates, no
library needed.  The threshold is chosen by cross-validation: the pages
are split into FOLDS (10) by their host (from the corpus index), so that
no site's menus and templates are both trained on and held out; each
fold's pairs (file, organisation, member) are weighed by a model trained
on the other folds, a pair by the highest weight of its candidates, as
the loader states it at its first candidate above the threshold; the
threshold is the lowest at which the held-out pairs above it are right at
least PRECISION of the time (0.90; --precision: the stage is off by
default, and at 0.95 too few held-out pairs stand above the threshold to
be of use).  Since that choice is made on the very pairs it is then
measured on, the figure reported is nested: each fold's pairs are cut at
a threshold chosen on the other folds alone.  It is written as a comment
at the head of the model and to stderr: it, not the fit on the pages
trained on, says how the model reads pages it has not seen.  The model
also records the SHA-256 of the candidates it was trained on (less their
weights: `cut -f1-4,6`), by which `make extract-score`
(test/extract/learned/run.sh) tells a model the features or the dev
pages have since changed under.  The frozen test pages are never read
here (score -c refuses them, and -q, with which they are scored).
"""
import argparse
import collections
import hashlib
import math
import sys
import urllib.parse
import zlib


def read_candidates(path):
    """The candidates (file, label, organisation, member, features), and the
    SHA-256 of their lines less the weight the model of the day gave them."""
    rows = []
    digest = hashlib.sha256()
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            fields = line.rstrip("\n").split("\t")
            if len(fields) != 6 or fields[1] not in ("0", "1"):
                sys.exit(f"train-learned.py: {path}:{n}: not a candidate line of score -c")
            digest.update(("\t".join(fields[:4] + fields[5:]) + "\n").encode("utf-8"))
            rows.append((fields[0], int(fields[1]), fields[2], fields[3], fields[5].split(" ")))
    return rows, digest.hexdigest()


def read_hosts(path):
    """Each page's host, from the corpus index: file -> host, "www." left out."""
    hosts = {}
    with open(path, encoding="utf-8") as f:
        next(f)
        for line in f:
            fields = line.rstrip("\n").split("\t")
            host = urllib.parse.urlsplit(fields[4]).netloc.lower()
            hosts[fields[0]] = host[4:] if host.startswith("www.") else host
    return hosts


def fold_of(host, folds):
    """A fold by the host, so that one site's pages (and their menus and
    templates) are never both trained on and held out."""
    return zlib.crc32(host.encode("utf-8")) % folds


def sigmoid(z):
    """The logistic function, its argument bounded so that exp() cannot overflow."""
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def fit(rows, l2, rounds, rate, min_count):
    """Weights by batch gradient descent on the mean log loss plus
    l2/2 * |w|^2, from zero, for `rounds` steps: every feature is binary
    and the candidates a few thousand, so that no library is needed, and
    the same candidates always give the same model.  Features seen on
    fewer than min_count of the candidates trained on get no weight."""
    seen = collections.Counter(f for r in rows for f in set(r[4]))
    index = {}
    coded = [([index.setdefault(f, len(index)) for f in features if seen[f] >= min_count], label)
             for _file, label, _org, _member, features in rows]
    w = [0.0] * len(index)
    n = len(coded)
    for _ in range(rounds):
        grad = [l2 * x for x in w]
        for features, label in coded:
            z = sum(w[i] for i in features)
            d = (sigmoid(z) - label) / n
            for i in features:
                grad[i] += d
        w = [x - rate * g for x, g in zip(w, grad)]
    return {f: w[i] for f, i in index.items()}


def score(w, features):
    return sigmoid(sum(w.get(f, 0.0) for f in features))


def pairs(rows, w):
    """The highest weight of each (file, organisation, member), with its label."""
    best = {}
    for file, label, org, member, features in rows:
        key = (file, org.casefold(), member.casefold())
        s = score(w, features)
        if key not in best or s > best[key][0]:
            best[key] = (s, label)
    return list(best.values())


def threshold_for(scored, precision):
    """The lowest weight at which the pairs above it reach precision (1 if none)."""
    scored = sorted(scored, key=lambda x: -x[0])
    chosen = 1.0
    right = 0
    for i, (s, label) in enumerate(scored, 1):
        right += label
        if right / i >= precision and (i == len(scored) or scored[i][0] < s):
            chosen = s
    return chosen


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("candidates")
    ap.add_argument("--precision", type=float, default=0.90)
    ap.add_argument("--l2", type=float, default=0.003)
    ap.add_argument("--rounds", type=int, default=2000)
    ap.add_argument("--rate", type=float, default=4.0)
    ap.add_argument("--min-count", type=int, default=3,
                    help="features seen on fewer candidates are left out")
    ap.add_argument("--index", default="test/extract/real/INDEX.tsv",
                    help="the corpus index, whose URLs give each page's host")
    ap.add_argument("--folds", type=int, default=10)
    args = ap.parse_args()

    rows, digest = read_candidates(args.candidates)
    hosts = read_hosts(args.index)
    missing = sorted({r[0] for r in rows if r[0] not in hosts})
    if missing:
        sys.exit(f"train-learned.py: {args.index} lists no {missing[0]}")

    def fold(row):
        return fold_of(hosts[row[0]], args.folds)

    # every fold's pairs weighed by a model trained on the other folds
    held_out = {}
    for k in range(args.folds):
        train = [r for r in rows if fold(r) != k]
        test = [r for r in rows if fold(r) == k]
        held_out[k] = pairs(test, fit(train, args.l2, args.rounds, args.rate, args.min_count))
    every = [p for k in held_out for p in held_out[k]]
    cut = threshold_for(every, args.precision)
    positives = sum(label for _s, label in every)
    # the threshold of each fold chosen on the others' alone: what the
    # choice of the threshold itself does on pages it was not made on
    nested_found = nested_right = 0
    for k in held_out:
        others = [p for j in held_out if j != k for p in held_out[j]]
        fold_cut = threshold_for(others, args.precision)
        above = [label for s, label in held_out[k] if s >= fold_cut]
        nested_found += len(above)
        nested_right += sum(above)

    w = fit(rows, args.l2, args.rounds, args.rate, args.min_count)
    report = (f"held out by host in {args.folds} folds, each fold's threshold chosen on the "
              f"others: {nested_right} of {nested_found} pairs right (precision "
              f"{nested_right / nested_found if nested_found else 1:.3f}), "
              f"{nested_right} of {positives} candidate members found; "
              f"threshold {cut:.4f}, chosen on all folds")
    print(report, file=sys.stderr)
    print("# learned.tsv")
    print("#\tThe learned stage's model (loader/extract/extract_learned.c), written by")
    print("#\tscripts/train-learned.py from `score -c` over the dev pages:")
    print(f"#\t{len(rows)} candidates, {sum(r[1] for r in rows)} of them members.")
    print(f"#\t{report}.")
    print(f"# candidates sha256 {digest}")
    print(f"threshold\t{cut:.6f}")
    for f in sorted(w, key=lambda f: f.encode("utf-8")):
        if abs(w[f]) >= 1e-6:
            print(f"{f}\t{w[f]:.6f}")


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""train-learned.py -- trains the learned stage's model on the dev pages.

    make learned-model

which runs

    test/extract/score -c -r 2026-12-04 test/extract/real/dev/*.txt > candidates.tsv
    scripts/train-learned.py candidates.tsv > loader/extract/learned.tsv

Reads the candidates `score -c` prints (file, label, organisation, member,
weight, features) and fits a logistic model with an L2 penalty by batch
gradient descent: every feature is binary, a few thousand candidates, no
library needed.  The model's threshold is chosen by cross-validation over
the dev batches (the file name's prefix before its first "_": se, d3,
d22, ...): each batch is weighed by a model trained on the others, a pair
(file, organisation, member) by the highest weight of its candidates, as
the loader states it at its first candidate above the threshold; the
threshold is the lowest at which the held-out pairs above it are right at
least PRECISION of the time (0.90; --precision: the stage is off by
default, and at 0.95 the held-out pairs above the threshold were too few
to be of use).  The cross-validated
precision and recall are written as comments at the head of the model and
to stderr: they, not the fit on the pages trained on, say how the model
reads pages it has not seen.  The model also records the SHA-256 of the
candidates it was trained on (less their weights: `cut -f1-4,6`), by which `make extract-score`
(test/extract/learned/run.sh) tells a model the features or the dev pages
have since changed under.  The frozen test pages are never read here
(score -c refuses -q, with which they are scored).
"""
import argparse
import collections
import hashlib
import math
import sys


def read_candidates(path):
    rows = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            fields = line.rstrip("\n").split("\t")
            if len(fields) != 6 or fields[1] not in ("0", "1"):
                sys.exit(f"train-learned.py: {path}:{n}: not a candidate line of score -c")
            rows.append((fields[0], int(fields[1]), fields[2], fields[3], fields[5].split(" ")))
    return rows


def batch_of(file):
    return file.split("_", 1)[0]


def fit(rows, l2, rounds, rate):
    """Weights by batch gradient descent on the mean log loss plus
    l2/2 * |w|^2, from zero, for `rounds` steps: every feature is binary
    and the candidates a few thousand, so that no library is needed, and
    the same candidates always give the same model."""
    index = {}
    coded = [([index.setdefault(f, len(index)) for f in features], label)
             for _file, label, _org, _member, features in rows]
    w = [0.0] * len(index)
    n = len(coded)
    for _ in range(rounds):
        grad = [l2 * x for x in w]
        for features, label in coded:
            z = sum(w[i] for i in features)
            d = (1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z)))) - label) / n
            for i in features:
                grad[i] += d
        w = [x - rate * g for x, g in zip(w, grad)]
    return {f: w[i] for f, i in index.items()}


def score(w, features):
    z = sum(w.get(f, 0.0) for f in features)
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


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
    """The lowest weight at which the pairs above it reach precision, and their counts."""
    scored = sorted(scored, key=lambda x: -x[0])
    chosen = (1.0, 0, 0)
    right = 0
    for i, (s, label) in enumerate(scored, 1):
        right += label
        if right / i >= precision and (i == len(scored) or scored[i][0] < s):
            chosen = (s, i, right)
    return chosen


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("candidates")
    ap.add_argument("--precision", type=float, default=0.90)
    ap.add_argument("--l2", type=float, default=0.003)
    ap.add_argument("--rounds", type=int, default=400)
    ap.add_argument("--rate", type=float, default=4.0)
    ap.add_argument("--min-count", type=int, default=3,
                    help="features seen on fewer candidates are left out")
    args = ap.parse_args()

    # the candidates less the weight the model of the day gave them
    digest = hashlib.sha256()
    with open(args.candidates, encoding="utf-8") as f:
        for line in f:
            fields = line.rstrip("\n").split("\t")
            digest.update(("\t".join(fields[:4] + fields[5:]) + "\n").encode("utf-8"))
    digest = digest.hexdigest()
    rows = read_candidates(args.candidates)
    seen = collections.Counter(f for r in rows for f in set(r[4]))
    rows = [(a, b, c, d, [f for f in feats if seen[f] >= args.min_count]) for a, b, c, d, feats in rows]
    batches = sorted({batch_of(r[0]) for r in rows})

    held_out = []
    for b in batches:
        train = [r for r in rows if batch_of(r[0]) != b]
        test = [r for r in rows if batch_of(r[0]) == b]
        held_out.extend(pairs(test, fit(train, args.l2, args.rounds, args.rate)))
    cut, found, right = threshold_for(held_out, args.precision)
    positives = sum(label for _s, label in held_out)
    # the same threshold, as it reads the held-out pairs
    above = [(s, label) for s, label in held_out if s >= cut]
    cv_found = len(above)
    cv_right = sum(label for _s, label in above)

    w = fit(rows, args.l2, args.rounds, args.rate)
    report = (f"cross-validated over {len(batches)} dev batches: threshold {cut:.4f}, "
              f"{cv_right} of {cv_found} pairs right (precision "
              f"{cv_right / cv_found if cv_found else 1:.3f}), "
              f"{cv_right} of {positives} candidate members found")
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

#!/usr/bin/env python3
"""Reference drift scores for DriftTests, computed with scipy, written to drift-fixtures.json.

Regenerate (only when a case is added or changed; the JSON is committed):

    python3 Tests/DriftTests/Fixtures/make-drift-fixtures.py

Needs numpy and scipy (written against scipy 1.17). The rules must match the Drift module's:

- Live histograms are given as Prometheus returns them: cumulative counts by `le` text.
  Reference histograms are per-bucket counts, with upper bounds as text, `+Inf` last.
- When the bounds differ, both histograms are coarsened to the bounds they share (the finite
  bounds in both, plus +Inf): each bucket's count goes to the first shared bound at or above it.
- PSI = sum(rel_entr(p, q) + rel_entr(q, p)) over the buckets, p and q the live and reference
  proportions, where a proportion of exactly 0 is replaced by EPSILON and nothing is renormalised.
- KS D = scipy.stats.ks_2samp's statistic on the observations expanded one per count, each at
  its bucket's upper bound (+Inf stood in for by INFINITY_STAND_IN, above every finite bound).
"""

import json
import math
import pathlib

import numpy as np
from scipy.special import rel_entr
from scipy.stats import ks_2samp

EPSILON = 1e-4
INFINITY_STAND_IN = 1e300


def bound(text):
    return math.inf if text == "+Inf" else float(text)


def cumulative(counts):
    return [int(c) for c in np.cumsum(counts)]


def coarsen(bounds, counts, shared):
    merged = [0] * len(shared)
    for b, c in zip(bounds, counts):
        merged[next(i for i, s in enumerate(shared) if s >= b)] += c
    return merged


def proportions(counts):
    p = np.asarray(counts, dtype=float) / float(sum(counts))
    p[p == 0] = EPSILON
    return p


def expanded(bounds, counts):
    points = [INFINITY_STAND_IN if math.isinf(b) else b for b in bounds]
    return np.repeat(np.asarray(points, dtype=float), np.asarray(counts, dtype=int))


def case(name, live_le, live_counts, reference_le, reference_counts):
    live_bounds = [bound(t) for t in live_le]
    reference_bounds = [bound(t) for t in reference_le]
    shared = [b for b in live_bounds if b in reference_bounds]
    live = coarsen(live_bounds, live_counts, shared)
    reference = coarsen(reference_bounds, reference_counts, shared)
    p, q = proportions(live), proportions(reference)
    psi = float(np.sum(rel_entr(p, q) + rel_entr(q, p)))
    ks = float(ks_2samp(expanded(shared, live), expanded(shared, reference)).statistic)
    return {
        "name": name,
        "live": {"le": live_le, "cumulative": cumulative(live_counts)},
        "reference": {"upperBounds": reference_le, "counts": list(reference_counts)},
        "psi": psi,
        "ks": ks,
    }


CASES = [
    case("identical", ["0.1", "0.5", "1", "5", "+Inf"], [40, 120, 300, 90, 10],
         ["0.1", "0.5", "1", "5", "+Inf"], [40, 120, 300, 90, 10]),
    case("identical shape, other totals", ["1", "2", "+Inf"], [25, 50, 25],
         ["1", "2", "+Inf"], [200, 400, 200]),
    case("small shift", ["10", "20", "50", "100", "200", "500", "1000", "+Inf"],
         [110, 190, 410, 380, 260, 130, 60, 20],
         ["10", "20", "50", "100", "200", "500", "1000", "+Inf"],
         [120, 200, 400, 360, 250, 120, 50, 15]),
    case("large shift", ["0.25", "0.5", "0.75", "+Inf"], [20, 60, 220, 700],
         ["0.25", "0.5", "0.75", "+Inf"], [500, 300, 150, 50]),
    case("reference with an empty bucket", ["-1", "0", "1", "2", "3", "+Inf"], [30, 150, 320, 180, 70, 12],
         ["-1", "0", "1", "2", "3", "+Inf"], [35, 160, 310, 190, 55, 0]),
    case("live with empty buckets", ["1", "2", "4", "8", "16", "32", "+Inf"], [0, 45, 230, 410, 0, 60, 0],
         ["1", "2", "4", "8", "16", "32", "+Inf"], [15, 60, 240, 380, 140, 50, 5]),
    case("both empty in the same bucket", ["5", "10", "15", "+Inf"], [100, 0, 250, 40],
         ["5", "10", "15", "+Inf"], [120, 0, 260, 30]),
    case("differently bucketed, coarsened", ["0.1", "0.25", "0.5", "1", "2.5", "5", "+Inf"],
         [15, 40, 85, 160, 240, 90, 30],
         ["0.5", "1", "5", "10", "+Inf"], [150, 210, 300, 60, 25]),
    case("same bounds written differently", ["1e2", "5E2", "1e3", "+Inf"], [300, 420, 150, 30],
         ["100", "500", "1000", "+Inf"], [280, 400, 200, 40]),
    case("two buckets", ["0.5", "+Inf"], [70, 230], ["0.5", "+Inf"], [150, 150]),
]

if __name__ == "__main__":
    out = pathlib.Path(__file__).with_name("drift-fixtures.json")
    document = {"epsilon": EPSILON, "cases": CASES}
    out.write_text(json.dumps(document, indent=2) + "\n")
    print(f"wrote {len(CASES)} cases to {out}")

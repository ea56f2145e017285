"""What the risk peers share: the rating labels and the bands as rules/risk/bands.drl.csv states them.

The arithmetic is docs/risk.md's: score = likelihood x impact; a risk takes the most severe band its
score reaches; rank by score, impact, likelihood desc, then id; remediation priority: a free action
first, then costed actions by reduction per cost desc, then actions without a cost by reduction
desc, ties by reduction desc and then rank; reductionPercent rounded to 2 decimals.
"""
import csv
import os
import resource
import sys

LIKELIHOOD = {"rare": 1, "unlikely": 2, "possible": 3, "likely": 4, "almost certain": 5}
IMPACT = {"insignificant": 1, "minor": 2, "moderate": 3, "major": 4, "severe": 5}
for n in range(1, 6):
    LIKELIHOOD[str(n)] = n
    IMPACT[str(n)] = n


def bands(rules_dir):
    """[(minimum, severity, colour, name)], most severe first, from the decision table's data rows."""
    with open(os.path.join(rules_dir, "risk", "bands.drl.csv"), encoding="utf-8-sig") as f:
        rows = list(csv.reader(f))
    start = next(i for i, r in enumerate(rows) if r and r[0] == "Band") + 1
    table = [(int(r[1]), int(r[2]), r[3], r[4]) for r in rows[start:] if len(r) >= 5 and r[1].strip()]
    return sorted(table, key=lambda b: -b[1])


def band_of(score, table):
    for minimum, _, colour, name in table:
        if score >= minimum:
            return name, colour
    return "Unbanded", "#bdbdbd"


def finish(started_wall, out):
    """Prints this process's CPU seconds (interpreter start and imports included) for the harness."""
    usage = resource.getrusage(resource.RUSAGE_SELF)
    print("cpu %.3f" % (usage.ru_utime + usage.ru_stime), file=sys.stderr)

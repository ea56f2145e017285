#!/usr/bin/env python3
"""Independent oracle for the maturity scores: recomputes them from a wide survey CSV and the
question catalogue with plain Python, following the README's scoring semantics, and prints the
values that MaturityScoringTests expects. Rows with a bad answer, no respondent id, or a repeated
respondent id are left out, as the engine rejects them.

    python3 src/test/oracle/maturity_scores.py rules/maturity/questions.csv examples/survey-wide.csv
"""
import csv
import sys
from statistics import mean, stdev

catalogue = {r["question_id"]: r for r in csv.DictReader(open(sys.argv[1], encoding="utf-8"))}
rows = list(csv.DictReader(open(sys.argv[2], encoding="utf-8")))
seen, answers = set(), []
for row in rows:
    rid = row["respondent_id"].strip()
    values = {q: row[q].strip() for q in catalogue if q in row}
    if not rid or rid in seen or any(v not in ("", "1", "2", "3", "4", "5", "N/A") for v in values.values()):
        continue
    seen.add(rid)
    answers.append((row, values))


def scores(group):
    q_means, dims = {}, {}
    for qid, q in catalogue.items():
        xs = [int(v) for _, vals in group for k, v in vals.items() if k == qid and v.isdigit()]
        xs = [6 - x if q["reverse"] == "true" else x for x in xs]
        if xs:
            q_means[qid] = (mean(xs), stdev(xs) if len(xs) > 1 else 0.0)
    for dim in ["governance", "data_readiness", "model_lifecycle", "tooling", "skills"]:
        qs = [(q_means[qid][0], float(q["weight"])) for qid, q in catalogue.items()
              if q["dimension"] == dim and qid in q_means]
        if qs:
            dims[dim] = sum(m * w for m, w in qs) / sum(w for _, w in qs)
    return q_means, dims, mean(dims.values())


q_means, dims, overall = scores(answers)
print("respondents", len(answers))
for d, v in dims.items():
    print(d, repr(v))
print("overall", repr(overall))
for qid in ("GOV-01", "DAT-06", "MLC-04"):
    print(qid, repr(q_means[qid][0]), "sd", repr(q_means[qid][1]))
finance = [a for a in answers if a[0]["department"] == "Finance"]
print("department:Finance overall", repr(scores(finance)[2]), "data_readiness", repr(scores(finance)[1]["data_readiness"]))

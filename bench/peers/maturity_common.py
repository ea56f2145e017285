"""What the maturity peers share: the catalogue, bands and policy as rules/maturity/ states them, the
answers a cell may hold, and the scoring of the tallies (docs/maturity.md, "Scoring semantics").

The peers parse, validate and tally the file with their library (the work that grows with the file);
this module turns the tallies (a few hundred numbers per segment) into the result: question means and
standard deviations, dimension scores (weight-weighted means of the question means), the overall score
(the mean of the dimension scores), levels from levels.drl.csv (the score rounded to 9 decimals), the
caps of caps.drl (written out here: GOV-01 -> governance <= 2, MLC-04 -> model lifecycle <= 2, DAT-02 ->
data readiness <= 3, each when the question's mean is below the policy's critical mean), by department
and by role, and the findings of confidence.drl and disagreement.drl with the engine's wording.
"""
import csv
import os
import resource
import sys
from decimal import Decimal, ROUND_HALF_EVEN

DIMENSIONS = [("governance", "Governance"), ("data_readiness", "Data readiness"),
              ("model_lifecycle", "Model lifecycle"), ("tooling", "Tooling"), ("skills", "Skills")]
NAMES = dict(DIMENSIONS)
CAPS = [("MAT-CAP-001", "GOV-01", "governance", 2,
         "Governance is capped at level 2: respondents do not confirm a documented, approved AI policy "
         "(GOV-01 averages %.2f, below %s)."),
        ("MAT-CAP-002", "MLC-04", "model_lifecycle", 2,
         "Model lifecycle is capped at level 2: production models are not monitored for degradation and drift "
         "(MLC-04 averages %.2f, below %s)."),
        ("MAT-CAP-003", "DAT-02", "data_readiness", 3,
         "Data readiness is capped at level 3: critical data sets lack a named owner accountable for quality "
         "(DAT-02 averages %.2f, below %s).")]
NOT_APPLICABLE = 6
ACCEPTED = ("1-5, Strongly disagree, Disagree, Neither agree nor disagree, Agree, Strongly agree, N/A, "
            "Don't know, or blank")
_LABELS = {"strongly disagree": 1, "disagree": 2, "neither agree nor disagree": 3, "neutral": 3, "agree": 4,
           "strongly agree": 5, "n/a": 6, "na": 6, "not applicable": 6, "don't know": 6, "dont know": 6,
           "do not know": 6}
# a cell as written -> 1-5, 6 (not applicable) or 0 (blank); anything else is not accepted
ANSWERS = {"": 0}
for _n in range(1, 6):
    ANSWERS[str(_n)] = _n
for _label, _v in _LABELS.items():
    for _written in (_label, _label[0].upper() + _label[1:], _label.upper()):
        ANSWERS[_written] = _v
# "4 - Agree", "5 = Strongly agree", "1 (Strongly disagree)": a digit, a separator or space, then a word
LABELLED = r"^([1-5])(?:\s*[-:.)=(]\s*|\s+)[^\W\d_]{2}.*$"


def normalise(cell):
    """The answer of a cell that is not as written in ANSWERS (spacing, case, typographic apostrophe)."""
    s = cell.strip()
    if s in ANSWERS:
        return ANSWERS[s]
    import re
    m = re.match(LABELLED, s, re.S)
    if m:
        return int(m.group(1))
    return _LABELS.get(" ".join(s.replace("\u2019", "'").split()).lower(), -1)


def catalogue(rules_dir):
    with open(os.path.join(rules_dir, "maturity", "questions.csv"), encoding="utf-8") as f:
        return [dict(r, weight=float(r["weight"]), reverse=r["reverse"].strip().lower() == "true")
                for r in csv.DictReader(f)]


def _table(rules_dir, name, first):
    with open(os.path.join(rules_dir, "maturity", name), encoding="utf-8-sig") as f:
        rows = list(csv.reader(f))
    start = next(i for i, r in enumerate(rows) if r and r[0] == first) + 1
    return [r for r in rows[start:] if len(r) >= 3 and r[1].strip()]


def bands(rules_dir):
    """[(minimum, level, name, rule)], most severe first."""
    return sorted(((float(r[1]), int(r[2]), r[3], r[0]) for r in _table(rules_dir, "levels.drl.csv", "Band")),
                  key=lambda b: -b[1])


def policy(rules_dir):
    return {r[1]: float(r[2]) for r in _table(rules_dir, "policy.drl.csv", "Policy")}


def rnd(x):
    """Precision.round: half-even to 9 decimals of the shortest decimal that reads back as x."""
    return float(Decimal(repr(x)).quantize(Decimal("1e-9"), rounding=ROUND_HALF_EVEN))


def text(x):
    d = Decimal(repr(x)).normalize()
    return format(d, "f")


def _level(score, table, caps, subject):
    candidate = next(b for b in table if rnd(score) >= b[0])
    binding = sorted((c for c in caps if c[2] == subject and c[3] < candidate[1]), key=lambda c: (c[3], c[0]))
    if not binding:
        return {"score": score, "level": candidate[1], "levelName": candidate[2], "rules": [candidate[3]]}
    cap = binding[0]
    name = next(b[2] for b in table if b[1] == cap[3])
    return {"score": score, "level": cap[3], "levelName": name, "rules": [candidate[3], cap[0]]}


def score(tallies, questions, rules_dir, rows, rejected, rejected_count):
    """The result from the tallies.

    tallies: {segment key: {"kind", "name", "respondents", "dimensions": {dim: respondents answering},
              "questions": {qid: (answered, notApplicable, mean, sd)}}}, "all" among them.
    """
    table, pol = bands(rules_dir), policy(rules_dir)
    critical = pol["critical-question-mean"]
    results, findings = {}, []
    for key, t in tallies.items():
        qs = t["questions"]
        caps = [c for c in CAPS if c[1] in qs and qs[c[1]][0] > 0 and rnd(qs[c[1]][2]) < critical]
        dims = []
        for dim, name in DIMENSIONS:
            scored = [(qs[q["question_id"]][2], q["weight"]) for q in questions
                      if q["dimension"] == dim and qs.get(q["question_id"], (0,))[0] > 0]
            weights = sum(w for _, w in scored)
            s = sum(m * w for m, w in scored) / weights if scored and weights > 0 else None
            level = _level(s, table, caps, dim) if s is not None else None
            d = {"dimension": dim, "name": name, "score": s, "level": level and level["level"],
                 "levelName": level and level["levelName"], "answered": t["dimensions"].get(dim, 0),
                 "rules": level["rules"] if level else [], "questions": []}
            if key == "all":
                for q in questions:
                    if q["dimension"] == dim:
                        n, na, m, sd = qs.get(q["question_id"], (0, 0, None, None))
                        d["questions"].append({"questionId": q["question_id"], "text": q["text"],
                                               "mean": m if n else None, "answered": n, "notApplicable": na,
                                               "sd": sd if n else None, "reference": q["reference"]})
            dims.append(d)
        present = [d["score"] for d in dims if d["score"] is not None]
        overall = sum(present) / len(present) if present else None
        level = _level(overall, table, [], "overall") if overall is not None else None
        results[key] = {"overall": level or {"score": None, "level": None, "levelName": None, "rules": []},
                        "dimensions": dims}
        if key == "all":
            for rule, qid, dim, _, message in caps:
                findings.append((0, rule, "all", dim, message % (qs[qid][2], text(critical)), [qid]))
    org = tallies["all"]
    for dim, name in DIMENSIONS:
        n = org["dimensions"].get(dim, 0)
        ids = [q["question_id"] for q in questions if q["dimension"] == dim]
        if n == 0:
            findings.append((0, "MAT-CONF-002", "all", dim, "No respondent answered any question of %s; it has no "
                             "score or level." % name.lower(), ids))
        elif n < pol["confidence-min-respondents"]:
            findings.append((1, "MAT-CONF-001", "all", dim, "Low confidence: only %d %s answered %s; at least %s are "
                             "needed before acting on its score." % (n, "respondent" if n == 1 else "respondents",
                                                                     name.lower(),
                                                                     text(pol["confidence-min-respondents"])), ids))
    for q in questions:
        n, _, m, sd = org["questions"].get(q["question_id"], (0, 0, None, None))
        if n and n >= pol["disagreement-min-answers"] and rnd(sd) >= pol["disagreement-sd"]:
            findings.append((1, "MAT-DIS-001", "all", q["dimension"], "Respondents strongly disagree on %s (standard "
                             "deviation %.2f on the 1-5 scale, mean %.2f); discuss it before acting on the score."
                             % (q["question_id"], sd, m), [q["question_id"]]))
    organisation = {d["dimension"]: d["score"] for d in results["all"]["dimensions"]}
    for key, t in tallies.items():
        if key == "all" or t["respondents"] < pol["segment-min-respondents"]:
            continue
        for d in results[key]["dimensions"]:
            o, s = organisation[d["dimension"]], d["score"]
            if s is None or o is None or rnd(abs(o - s)) < pol["segment-gap-points"]:
                continue
            ids = [q["question_id"] for q in questions
                   if q["dimension"] == d["dimension"] and t["questions"].get(q["question_id"], (0,))[0] > 0]
            findings.append((1, "MAT-DIS-002", key, d["dimension"], "The %s %s rates %s %.2f points %s the "
                             "organisation (%.2f vs %.2f)." % (t["kind"], t["name"], NAMES[d["dimension"]].lower(),
                                                                abs(s - o), "below" if s < o else "above", s, o), ids))
    findings.sort(key=lambda f: (f[0], f[1], f[2], f[3], f[4], "\0".join(f[5])))
    segments = sorted((k for k in tallies if k != "all"), key=lambda k: (tallies[k]["kind"], tallies[k]["name"]))
    return {
        "format": "wide", "rows": rows, "respondents": org["respondents"], "rejectedCount": rejected_count,
        "rejectedRows": rejected[:1000], "notes": [],
        "overall": results["all"]["overall"], "dimensions": results["all"]["dimensions"],
        "segments": [{"segment": k, "kind": tallies[k]["kind"], "name": tallies[k]["name"],
                      "respondents": tallies[k]["respondents"], "overall": results[k]["overall"],
                      "dimensions": results[k]["dimensions"]} for k in segments],
        "findings": [{"ruleId": f[1], "severity": ("critical", "warning")[f[0]], "segment": f[2], "dimension": f[3],
                      "message": f[4], "questionIds": f[5]} for f in findings],
    }


def segment_names(values, limit=200):
    """A department or role as the engine groups it: stripped, '(not given)' when blank, and past the
    first 200 distinct names (in the order they appear) '(other)'."""
    names = {}
    for v in values:
        name = v.strip() if isinstance(v, str) and v.strip() else "(not given)"
        if name not in names.values() and len(set(names.values()) - {"(other)"}) >= limit:
            name = "(other)"
        names[v] = name
    return names


def finish():
    """Prints this process's CPU seconds (interpreter start and imports included) for the harness."""
    usage = resource.getrusage(resource.RUSAGE_SELF)
    print("cpu %.3f" % (usage.ru_utime + usage.ru_stime), file=sys.stderr)

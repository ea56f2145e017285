#!/usr/bin/env python3
"""Scores a wide maturity survey as caio-engine does (docs/maturity.md), with pandas: the peer an analyst
would write.

    python3 bench/peers/maturity_pandas.py SURVEY.csv OUT.json [RULES_DIR]

Rejects what the engine rejects, by line and column with its reasons: an answer that is not 1-5, a
Likert label, N/A or Don't know (or blank); a missing respondent id; a repeated respondent. Where it
differs, as pandas reads CSV: a row with fewer cells than the header is padded with blanks and scored,
one with more cells stops the read (the engine rejects both); a quoted cell holding a line break shifts
the line numbers after it; question columns are found by their id only (the engine also knows the
question texts, Qualtrics and Forms headers) and only the wide layout is read.
"""
import json
import sys

try:
    import pandas as pd
except ImportError:
    print("no module pandas (pip install -r bench/peers/requirements.txt)", file=sys.stderr)
    sys.exit(3)
import maturity_common as mc

RESPONDENT = ["respondent_id", "respondent", "response_id", "responseid", "id", "email"]
DEPARTMENT = ["department", "dept", "business_unit"]
ROLE = ["role", "job_role"]


def column(names, wanted):
    keys = [n.strip().lower() for n in names]
    return next((names[keys.index(w)] for w in wanted if w in keys), None)


def stats(numeric, na, answered, by=None):
    """Per question (answered, notApplicable, mean, sd) and per dimension respondents, for all or by group."""
    if by is None:
        agg = numeric.agg(["count", "mean", "std"])
        return {None: (agg, na.sum(), answered.sum(), len(numeric))}
    agg = numeric.groupby(by, sort=False).agg(["count", "mean", "std"])
    nas = na.groupby(by, sort=False).sum()
    dims = answered.groupby(by, sort=False).sum()
    sizes = by.value_counts(sort=False)
    return {g: (agg.loc[g].unstack().T, nas.loc[g], dims.loc[g], int(sizes[g])) for g in sizes.index}


def tally(kind, name, s, questions):
    agg, nas, dims, size = s
    qs = {}
    for q in questions:
        qid = q["question_id"]
        if qid not in agg.columns:
            continue
        n = int(agg.at["count", qid])
        sd = agg.at["std", qid]
        qs[qid] = (n, int(nas[qid]), float(agg.at["mean", qid]) if n else None,
                   (float(sd) if n > 1 else 0.0) if n else None)
    return {"kind": kind, "name": name, "respondents": size, "questions": qs,
            "dimensions": {d: int(dims[d]) for d, _ in mc.DIMENSIONS}}


def main(path, out, rules_dir):
    questions = mc.catalogue(rules_dir)
    ids = {q["question_id"].upper(): q for q in questions}
    df = pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8-sig")
    names = list(df.columns)
    rid, dept, role = column(names, RESPONDENT), column(names, DEPARTMENT), column(names, ROLE)
    qcols = {c: ids[c.strip().upper()]["question_id"] for c in names if c.strip().upper() in ids}
    # every distinct cell once through the answer grammar, then one lookup a cell
    cells = set()
    for c in qcols:
        cells.update(df[c].unique())
    answers = {cell: mc.ANSWERS.get(cell, None) for cell in cells}
    answers = {cell: (a if a is not None else mc.normalise(cell)) for cell, a in answers.items()}
    codes = pd.DataFrame({qcols[c]: df[c].map(answers).astype("int8") for c in qcols})
    line = pd.Series(range(2, len(df) + 2), index=df.index)
    respondent = df[rid].str.strip()
    missing = respondent == ""
    invalid = codes < 0
    bad = invalid.any(axis=1) & ~missing
    duplicate = ~missing & ~bad
    duplicate &= respondent.where(duplicate).duplicated() & duplicate
    rejected = []
    for i in df.index[missing]:
        rejected.append((int(line[i]), names.index(rid) + 1, "missing respondent id"))
    for i in df.index[bad]:
        c = next(c for c in qcols if invalid.at[i, qcols[c]])
        rejected.append((int(line[i]), names.index(c) + 1, "answer '%s' to %s is not accepted; accepted: %s"
                         % (df.at[i, c].strip(), qcols[c], mc.ACCEPTED)))
    for i in df.index[duplicate]:
        rejected.append((int(line[i]), names.index(rid) + 1, "duplicate respondent '%s'" % respondent[i]))
    rejected.sort()
    ok = ~(missing | bad | duplicate)
    codes = codes[ok]
    for q in questions:
        if q["reverse"] and q["question_id"] in codes:
            col = codes[q["question_id"]]
            codes[q["question_id"]] = col.where(~col.between(1, 5), 6 - col)
    numeric = codes.where((codes >= 1) & (codes <= 5)).astype("float64")
    na = codes == mc.NOT_APPLICABLE
    answered = pd.DataFrame({d: numeric[[q["question_id"] for q in questions
                                         if q["dimension"] == d and q["question_id"] in numeric]].notna().any(axis=1)
                             for d, _ in mc.DIMENSIONS})
    tallies = {"all": tally("all", "All respondents", stats(numeric, na, answered)[None], questions)}
    for kind, col in (("department", dept), ("role", role)):
        if col is None:
            continue
        raw = df.loc[ok, col]
        groups = raw.map(mc.segment_names(raw.unique()))
        for name, s in stats(numeric, na, answered, groups).items():
            tallies[kind + ":" + name] = tally(kind, name, s, questions)
    result = mc.score(tallies, questions, rules_dir, len(df),
                      [{"line": l, "column": c, "reason": r} for l, c, r in rejected], len(rejected))
    with open(out, "w", encoding="utf-8") as f:
        json.dump(result, f)
    print("scored %d respondents (%d rejected), overall %.2f level %s"
          % (result["respondents"], len(rejected), result["overall"]["score"] or 0, result["overall"]["level"]))
    mc.finish()


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], sys.argv[3] if len(sys.argv) > 3 else "rules")

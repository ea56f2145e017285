#!/usr/bin/env python3
"""Scores a wide maturity survey as caio-engine does (docs/maturity.md), with polars: the peer an analyst
would write.

    python3 bench/peers/maturity_polars.py SURVEY.csv OUT.json [RULES_DIR]

Rejects what the engine rejects, by line and column with its reasons: an answer that is not 1-5, a
Likert label, N/A or Don't know (or blank); a missing respondent id; a repeated respondent. Where it
differs, as polars reads CSV: a row with fewer cells than the header is padded with blanks and one with
more is cut to the header's width, and both are scored (the engine rejects them); a quoted cell holding
a line break shifts the line numbers after it; question columns are found by their id only (the engine
also knows the question texts, Qualtrics and Forms headers) and only the wide layout is read.
"""
import json
import sys

try:
    import polars as pl
except ImportError:
    print("no module polars (pip install -r bench/peers/requirements.txt)", file=sys.stderr)
    sys.exit(3)
import maturity_common as mc

RESPONDENT = ["respondent_id", "respondent", "response_id", "responseid", "id", "email"]
DEPARTMENT = ["department", "dept", "business_unit"]
ROLE = ["role", "job_role"]


def column(names, wanted):
    keys = [n.strip().lower() for n in names]
    return next((names[keys.index(w)] for w in wanted if w in keys), None)


def main(path, out, rules_dir):
    questions = mc.catalogue(rules_dir)
    ids = {q["question_id"].upper(): q for q in questions}
    df = pl.read_csv(path, infer_schema=False, truncate_ragged_lines=True, empty_string_is_null=False)
    df = df.with_columns(pl.all().fill_null(""))
    names = df.columns
    rid, dept, role = column(names, RESPONDENT), column(names, DEPARTMENT), column(names, ROLE)
    qcols = {c: ids[c.strip().upper()]["question_id"] for c in names if c.strip().upper() in ids}
    # every distinct cell once through the answer grammar, then one lookup a cell
    cells = set()
    for values in df.select(pl.col(c).unique().implode() for c in qcols).row(0):
        cells.update(values)
    answers = {cell: mc.ANSWERS[cell] if cell in mc.ANSWERS else mc.normalise(cell) for cell in cells}
    codes = [pl.col(c).replace_strict(answers, return_dtype=pl.Int8).alias("c:" + q) for c, q in qcols.items()]
    df = df.with_row_index("line", offset=2).with_columns(pl.col(rid).str.strip_chars().alias("_id"), *codes)
    qids = list(qcols.values())
    invalid = pl.any_horizontal(pl.col("c:" + q) < 0 for q in qids)
    df = df.with_columns((pl.col("_id") == "").alias("_missing"), invalid.alias("_bad"))
    df = df.with_columns((~pl.col("_missing") & ~pl.col("_bad") & ~pl.col("_id").is_first_distinct()
                          .over(pl.col("_missing") | pl.col("_bad"))).alias("_duplicate"))
    rejected = []
    rid_column = names.index(rid) + 1
    for line in df.filter(pl.col("_missing"))["line"]:
        rejected.append((line, rid_column, "missing respondent id"))
    for row in df.filter(pl.col("_bad") & ~pl.col("_missing")).select("line", *qcols, *("c:" + q for q in qids)).iter_rows():
        k = next(i for i, q in enumerate(qids) if row[1 + len(qcols) + i] < 0)
        c = list(qcols)[k]
        rejected.append((row[0], names.index(c) + 1, "answer '%s' to %s is not accepted; accepted: %s"
                         % (row[1 + k].strip(), qids[k], mc.ACCEPTED)))
    for line, respondent in df.filter(pl.col("_duplicate")).select("line", "_id").iter_rows():
        rejected.append((line, rid_column, "duplicate respondent '%s'" % respondent))
    rejected.sort()
    ok = df.filter(~pl.col("_missing") & ~pl.col("_bad") & ~pl.col("_duplicate"))
    reverse = {q["question_id"] for q in questions if q["reverse"]}
    scored = ok.select(
        *(pl.when(pl.col("c:" + q).is_between(1, 5)).then(6 - pl.col("c:" + q) if q in reverse else pl.col("c:" + q))
          .cast(pl.Float64).alias(q) for q in qids),
        *((pl.col("c:" + q) == mc.NOT_APPLICABLE).alias("na:" + q) for q in qids),
        *(pl.col(c).alias(k) for k, c in (("department", dept), ("role", role)) if c is not None))
    dims = {d: [q["question_id"] for q in questions if q["dimension"] == d and q["question_id"] in qids]
            for d, _ in mc.DIMENSIONS}
    scored = scored.with_columns(pl.any_horizontal(pl.col(q).is_not_null() for q in qs).alias("dim:" + d)
                                 if qs else pl.lit(False).alias("dim:" + d) for d, qs in dims.items())
    aggregates = [pl.len().alias("_n"),
                  *(e for q in qids for e in (pl.col(q).count().alias("n:" + q), pl.col(q).mean().alias("m:" + q),
                                               pl.col(q).std().alias("s:" + q), pl.col("na:" + q).sum())),
                  *(pl.col("dim:" + d).sum() for d in dims)]

    def tally(kind, name, row):
        qs = {}
        for q in qids:
            n = row["n:" + q]
            qs[q] = (n, row["na:" + q], row["m:" + q] if n else None, (row["s:" + q] if n > 1 else 0.0) if n else None)
        return {"kind": kind, "name": name, "respondents": row["_n"], "questions": qs,
                "dimensions": {d: row["dim:" + d] for d in dims}}

    tallies = {"all": tally("all", "All respondents", scored.select(aggregates).row(0, named=True))}
    for kind in ("department", "role"):
        if kind not in scored.columns:
            continue
        groups = mc.segment_names(scored[kind].unique(maintain_order=True).to_list())
        for row in (scored.with_columns(pl.col(kind).replace_strict(groups, return_dtype=pl.String))
                    .group_by(kind).agg(aggregates).iter_rows(named=True)):
            tallies[kind + ":" + row[kind]] = tally(kind, row[kind], row)
    result = mc.score(tallies, questions, rules_dir, df.height,
                      [{"line": l, "column": c, "reason": r} for l, c, r in rejected], len(rejected))
    with open(out, "w", encoding="utf-8") as f:
        json.dump(result, f)
    print("scored %d respondents (%d rejected), overall %.2f level %s"
          % (result["respondents"], len(rejected), result["overall"]["score"] or 0, result["overall"]["level"]))
    mc.finish()


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], sys.argv[3] if len(sys.argv) > 3 else "rules")

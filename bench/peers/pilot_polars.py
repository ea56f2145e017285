#!/usr/bin/env python3
"""Evaluates a conversion pilot from its unit rows as caio-engine does (docs/pilot.md), with polars: the
peer an analyst would write.

    python3 bench/peers/pilot_polars.py UNITS.csv OUT.json [RULES_DIR [PLAN.yaml]]

Rejects what the engine rejects, by line with its reasons: a missing unit id, an arm that is neither of
the plan's two labels, a KPI cell that is not 0/1, true/false or yes/no. Where it differs, as polars
reads CSV: a row with fewer cells than the header is padded with blanks (and rejected for its blank
cells, with another reason than the engine's field count), one with more is cut to the header's width;
a quoted cell holding a line break shifts the line numbers after it. See pilot_common.py for the
arithmetic.
"""
import json
import sys

try:
    import polars as pl
except ImportError:
    print("no module polars (pip install -r bench/peers/requirements.txt)", file=sys.stderr)
    sys.exit(3)
import pilot_common as pc


def main(argv):
    path, out = argv[1], argv[2]
    rules_dir = argv[3] if len(argv) > 3 else "rules"
    p = pc.plan(argv)
    header = pl.read_csv(path, n_rows=0, infer_schema=False).columns
    unit, arm, kpi = pc.layout(header, p)
    df = pl.read_csv(path, infer_schema=False, truncate_ragged_lines=True, columns=[unit, arm, kpi])
    df = df.with_columns(pl.all().fill_null(""))
    arms = pl.col(arm).str.strip_chars()
    lower = arms.str.to_lowercase()
    df = df.with_columns(
        (pl.col(unit).str.strip_chars() == "").alias("_missing"),
        (lower == p["control"].lower()).alias("_control"), (lower == p["treatment"].lower()).alias("_treatment"),
        pl.col(kpi).str.strip_chars().str.to_lowercase().replace_strict(pc.CONVERTED, default=None,
                                                                         return_dtype=pl.Int64).alias("_converted"))
    reason = (pl.when(pl.col("_missing")).then(pl.lit("missing"))
              .when(~pl.col("_control") & ~pl.col("_treatment")).then(pl.lit("arm"))
              .when(pl.col("_converted").is_null()).then(pl.lit("kpi")))
    df = df.with_columns(reason.alias("_reason"))
    counts = (df.filter(pl.col("_reason").is_null()).group_by("_control")
              .agg(pl.len().alias("units"), pl.col("_converted").sum().alias("conversions")))
    by_arm = {row[0]: (row[1], row[2]) for row in counts.iter_rows()}
    (nc, xc), (nt, xt) = by_arm.get(True, (0, 0)), by_arm.get(False, (0, 0))
    bad = df.with_row_index("line", offset=2).filter(pl.col("_reason").is_not_null())
    rejected = []
    for line, why, a, value in bad.head(pc.KEPT_REJECTIONS).select("line", "_reason", arm, kpi).iter_rows():
        rejected.append({"line": line, "reason": "missing " + unit.strip().lower() if why == "missing"
                         else pc.arm_reason(p, arm, a.strip()) if why == "arm"
                         else "%s '%s' is not 0/1 (or true/false, yes/no)" % (kpi.strip().lower(), value.strip())})
    result = pc.evaluate(p, rules_dir, df.height, nc, xc, nt, xt, bad.height, rejected)
    with open(out, "w", encoding="utf-8") as f:
        json.dump(result, f)
    print("evaluated %d units (%d rejected), p = %.4g, decision %s"
          % (nc + nt, bad.height, result["pValue"] if result["pValue"] is not None else 1, result["decision"]))
    pc.finish()


if __name__ == "__main__":
    main(sys.argv)

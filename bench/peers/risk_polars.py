#!/usr/bin/env python3
"""Ranks a risk register as caio-engine does (docs/risk.md), with polars: the peer an analyst would write.

    python3 bench/peers/risk_polars.py REGISTER.csv OUT.json [RULES_DIR]

One difference, as polars reads CSV: a row with fewer cells than the header is padded with blanks
and ranked, where caio-engine rejects it (the benchmark's registers have no such row).
"""
import json
import sys
import time

started = time.time()
try:
    import polars as pl
except ImportError:
    print("no module polars (pip install -r bench/peers/requirements.txt)", file=sys.stderr)
    sys.exit(3)
import risk_common as rc


def rating(column, labels):
    return pl.col(column).fill_null("").str.strip_chars().str.to_lowercase().replace_strict(
        labels, default=None, return_dtype=pl.Int64)


def blank(column):
    return pl.col(column).fill_null("").str.strip_chars() == ""


def main(path, out, rules_dir):
    table = rc.bands(rules_dir)
    by_score = {s: rc.band_of(s, table) for s in range(1, 26)}
    df = pl.read_csv(path, infer_schema=False, truncate_ragged_lines=True).with_row_index("line", offset=2)
    df = df.with_columns(
        rating("likelihood", rc.LIKELIHOOD).alias("L"), rating("impact", rc.IMPACT).alias("I"),
        pl.when(blank("mitigated_likelihood")).then(rating("likelihood", rc.LIKELIHOOD))
        .otherwise(rating("mitigated_likelihood", rc.LIKELIHOOD)).alias("ML"),
        pl.when(blank("mitigated_impact")).then(rating("impact", rc.IMPACT))
        .otherwise(rating("mitigated_impact", rc.IMPACT)).alias("MI"),
        pl.col("mitigation_cost").str.strip_chars().cast(pl.Float64, strict=False).alias("cost"),
        pl.col("due_date").str.strip_chars().str.to_date("%Y-%m-%d", strict=False).alias("due"),
        (~blank("mitigation")).alias("mitigated"))
    reason = (pl.when(blank("id")).then(pl.lit("id is required"))
              .when(blank("title")).then(pl.lit("title is required"))
              .when(pl.col("L").is_null()).then(pl.lit("likelihood is not 1-5 or a label"))
              .when(pl.col("I").is_null()).then(pl.lit("impact is not 1-5 or a label"))
              .when(pl.col("ML").is_null() | pl.col("MI").is_null()).then(pl.lit("mitigated rating is not 1-5"))
              .when((pl.col("ML") > pl.col("L")) | (pl.col("MI") > pl.col("I")))
              .then(pl.lit("mitigated rating above the inherent one"))
              .when(~blank("mitigation_cost") & ~(pl.col("cost") >= 0)).then(pl.lit("cost is not an amount at least 0"))
              .when(~blank("due_date") & pl.col("due").is_null()).then(pl.lit("due date is not YYYY-MM-DD"))
              .when(pl.col("id").is_duplicated() & (pl.int_range(pl.len()).over("id") > 0))
              .then(pl.lit("duplicate id")))
    df = df.with_columns(reason.alias("reason"))
    rejected = df.filter(pl.col("reason").is_not_null()).select("line", "reason")
    bands = pl.DataFrame({"score": list(by_score), "band": [b[0] for b in by_score.values()],
                          "colour": [b[1] for b in by_score.values()]}, schema_overrides={"score": pl.Int64})
    r = (df.filter(pl.col("reason").is_null())
         .with_columns((pl.col("L") * pl.col("I")).alias("score"))
         .with_columns(pl.when(pl.col("mitigated")).then(pl.col("ML") * pl.col("MI")).otherwise(pl.col("score"))
                       .alias("mscore"))
         .join(bands, on="score", how="left")
         .sort(["score", "I", "L", "id"], descending=[True, True, True, False], maintain_order=True)
         .with_row_index("rank", offset=1))
    cells = r.group_by(["L", "I"], maintain_order=True).agg(pl.col("id")).sort(["L", "I"])
    heatmap = [{"likelihood": l, "impact": i, "score": l * i, "count": len(ids), "band": by_score[l * i][0],
                "colour": by_score[l * i][1], "riskIds": ids} for l, i, ids in cells.iter_rows()]
    a = (r.filter(pl.col("mitigated"))
         .with_columns((pl.col("score") - pl.col("mscore")).alias("reduction"),
                       pl.when(pl.col("cost") == 0).then(0).when(pl.col("cost").is_not_null()).then(1).otherwise(2)
                       .alias("group"))
         .with_columns(pl.when(pl.col("cost") > 0).then(pl.col("reduction") / pl.col("cost")).otherwise(0.0)
                       .alias("perCost"))
         .sort(["group", "perCost", "reduction", "rank"], descending=[False, True, True, False],
               maintain_order=True)
         .with_row_index("priority", offset=1)
         .with_columns(pl.col("due").dt.strftime("%Y-%m").fill_null("unscheduled").alias("timeline")))
    timeline = [{"month": m, "riskIds": ids} for m, ids in
                a.group_by("timeline", maintain_order=True).agg(pl.col("id")).sort("timeline").iter_rows()]
    duplicates = (r.select(pl.col("title").str.to_lowercase().str.split(" ")
                           .list.eval(pl.element().filter(pl.element() != "")).list.join(" ").alias("t"))
                  .group_by("t").len().filter(pl.col("len") > 1).height)
    inherent, residual = r["score"].sum(), r["mscore"].sum()
    result = {
        "risks": r.select("id", "title", "category", "owner", pl.col("L").alias("likelihood"),
                          pl.col("I").alias("impact"), "score", "band", "colour", "rank").to_dicts(),
        "top5": r["id"].head(5).to_list(),
        "heatmap": {"cells": heatmap},
        "remediation": a.select("priority", "id", "mitigation", "owner", "timeline", "cost", "score", "mscore",
                                "reduction", "perCost", "success_criterion").to_dicts(),
        "timeline": timeline,
        "totalInherent": inherent, "totalMitigated": residual,
        "reductionPercent": round(100 * (inherent - residual) / inherent, 2) if inherent else 0.0,
        "duplicateTitles": duplicates,
        "rejectedRows": rejected.to_dicts(), "rejectedCount": rejected.height,
    }
    with open(out, "w", encoding="utf-8") as f:
        json.dump(result, f, default=str)
    print("ranked %d risks (%d rejected), %d actions, reduction %.2f%%, top5 %s"
          % (r.height, rejected.height, a.height, result["reductionPercent"], ",".join(result["top5"])))
    rc.finish(started, out)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], sys.argv[3] if len(sys.argv) > 3 else "rules")

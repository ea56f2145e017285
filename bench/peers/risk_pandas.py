#!/usr/bin/env python3
"""Ranks a risk register as caio-engine does (docs/risk.md), with pandas: the peer an analyst would write.

    python3 bench/peers/risk_pandas.py REGISTER.csv OUT.json [RULES_DIR]

One difference, as pandas reads CSV: a row with fewer cells than the header is padded with blanks
and ranked, where caio-engine rejects it (the benchmark's registers have no such row).
"""
import json
import sys
import time

started = time.time()
try:
    import pandas as pd
except ImportError:
    print("no module pandas (pip install -r bench/peers/requirements.txt)", file=sys.stderr)
    sys.exit(3)
import risk_common as rc


def ratings(column, labels):
    return column.str.strip().str.lower().map(labels)


def main(path, out, rules_dir):
    table = rc.bands(rules_dir)
    df = pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8-sig")
    df["line"] = range(2, len(df) + 2)
    df["L"] = ratings(df["likelihood"], rc.LIKELIHOOD)
    df["I"] = ratings(df["impact"], rc.IMPACT)
    mitigated = df["mitigation"].str.strip() != ""
    df["ML"] = ratings(df["mitigated_likelihood"].where(df["mitigated_likelihood"].str.strip() != "",
                                                        df["likelihood"]), rc.LIKELIHOOD)
    df["MI"] = ratings(df["mitigated_impact"].where(df["mitigated_impact"].str.strip() != "", df["impact"]),
                       rc.IMPACT)
    cost = pd.to_numeric(df["mitigation_cost"].where(df["mitigation_cost"].str.strip() != ""), errors="coerce")
    due = pd.to_datetime(df["due_date"].where(df["due_date"].str.strip() != ""), format="%Y-%m-%d",
                         errors="coerce")
    reasons = pd.Series("", index=df.index)
    reasons = reasons.mask(df["id"].str.strip() == "", "id is required")
    reasons = reasons.mask((reasons == "") & (df["title"].str.strip() == ""), "title is required")
    reasons = reasons.mask((reasons == "") & df["L"].isna(), "likelihood is not 1-5 or a label")
    reasons = reasons.mask((reasons == "") & df["I"].isna(), "impact is not 1-5 or a label")
    reasons = reasons.mask((reasons == "") & (df["ML"].isna() | df["MI"].isna()), "mitigated rating is not 1-5")
    reasons = reasons.mask((reasons == "") & ((df["ML"] > df["L"]) | (df["MI"] > df["I"])),
                           "mitigated rating above the inherent one")
    reasons = reasons.mask((reasons == "") & (df["mitigation_cost"].str.strip() != "") & ~(cost >= 0),
                           "cost is not an amount at least 0")
    reasons = reasons.mask((reasons == "") & (df["due_date"].str.strip() != "") & due.isna(),
                           "due date is not YYYY-MM-DD")
    reasons = reasons.mask((reasons == "") & df["id"].duplicated(), "duplicate id")
    rejected = df.loc[reasons != "", ["line"]].assign(reason=reasons[reasons != ""])
    ok = reasons == ""
    r = df[ok].copy()
    r["cost"], r["due"] = cost[ok], due[ok]
    r["score"] = (r["L"] * r["I"]).astype(int)
    r["mscore"] = (r["ML"] * r["MI"]).astype(int).where(mitigated[ok], r["score"])
    by_score = {s: rc.band_of(s, table) for s in range(1, 26)}
    r["band"] = r["score"].map(lambda s: by_score[s][0])
    r["colour"] = r["score"].map(lambda s: by_score[s][1])
    r = r.sort_values(["score", "I", "L", "id"], ascending=[False, False, False, True], kind="stable")
    r["rank"] = range(1, len(r) + 1)
    cells = r.groupby(["L", "I"], sort=True)["id"].agg(list)
    heatmap = [{"likelihood": int(l), "impact": int(i), "score": int(l * i), "count": len(ids),
                "band": by_score[int(l * i)][0], "colour": by_score[int(l * i)][1], "riskIds": ids}
               for (l, i), ids in cells.items()]
    a = r[mitigated[r.index]].copy()
    a["reduction"] = a["score"] - a["mscore"]
    a["group"] = 2 - a["cost"].notna().astype(int) - (a["cost"] == 0).astype(int)
    a["perCost"] = (a["reduction"] / a["cost"].where(a["cost"] > 0)).fillna(0.0)
    a = a.sort_values(["group", "perCost", "reduction", "rank"], ascending=[True, False, False, True],
                      kind="stable")
    a["priority"] = range(1, len(a) + 1)
    a["timeline"] = a["due"].dt.strftime("%Y-%m").fillna("unscheduled")
    timeline = [{"month": m, "riskIds": ids} for m, ids in a.groupby("timeline", sort=True)["id"].agg(list).items()]
    titles = r["title"].str.lower().str.split().str.join(" ")
    duplicates = int((titles.value_counts() > 1).sum())
    inherent, residual = int(r["score"].sum()), int(r["mscore"].sum())
    result = {
        "risks": json.loads(r[["id", "title", "category", "owner", "L", "I", "score", "band", "colour", "rank"]]
                            .rename(columns={"L": "likelihood", "I": "impact"}).to_json(orient="records")),
        "top5": list(r["id"].head(5)),
        "heatmap": {"cells": heatmap},
        "remediation": json.loads(a[["priority", "id", "mitigation", "owner", "timeline", "cost", "score", "mscore",
                                     "reduction", "perCost", "success_criterion"]].to_json(orient="records")),
        "timeline": timeline,
        "totalInherent": inherent, "totalMitigated": residual,
        "reductionPercent": round(100 * (inherent - residual) / inherent, 2) if inherent else 0.0,
        "duplicateTitles": duplicates,
        "rejectedRows": json.loads(rejected.to_json(orient="records")), "rejectedCount": len(rejected),
    }
    with open(out, "w", encoding="utf-8") as f:
        json.dump(result, f)
    print("ranked %d risks (%d rejected), %d actions, reduction %.2f%%, top5 %s"
          % (len(r), len(rejected), len(a), result["reductionPercent"], ",".join(result["top5"])))
    rc.finish(started, out)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], sys.argv[3] if len(sys.argv) > 3 else "rules")

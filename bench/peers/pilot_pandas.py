#!/usr/bin/env python3
"""Evaluates a conversion pilot from its unit rows as caio-engine does (docs/pilot.md), with pandas: the
peer an analyst would write.

    python3 bench/peers/pilot_pandas.py UNITS.csv OUT.json [RULES_DIR [PLAN.yaml]]

Rejects what the engine rejects, by line with its reasons: a missing unit id, an arm that is neither of
the plan's two labels, a KPI cell that is not 0/1, true/false or yes/no. Where it differs, as pandas
reads CSV: a row with fewer cells than the header is padded with blanks (and rejected for its blank
cells, with another reason than the engine's field count), one with more cells stops the read; a quoted
cell holding a line break shifts the line numbers after it. See pilot_common.py for the arithmetic.
"""
import json
import sys

try:
    import pandas as pd
except ImportError:
    print("no module pandas (pip install -r bench/peers/requirements.txt)", file=sys.stderr)
    sys.exit(3)
import pilot_common as pc


def main(argv):
    path, out = argv[1], argv[2]
    rules_dir = argv[3] if len(argv) > 3 else "rules"
    p = pc.plan(argv)
    header = list(pd.read_csv(path, nrows=0, encoding="utf-8-sig").columns)
    unit, arm, kpi = pc.layout(header, p)
    df = pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8-sig", usecols=[unit, arm, kpi])
    arms = df[arm].str.strip()
    lower = arms.str.lower()
    control, treatment = lower == p["control"].lower(), lower == p["treatment"].lower()
    converted = df[kpi].str.strip().str.lower().map(pc.CONVERTED)
    missing = df[unit].str.strip() == ""
    bad_arm = ~missing & ~control & ~treatment
    bad_kpi = ~missing & ~bad_arm & converted.isna()
    rejected_count = int(missing.sum() + bad_arm.sum() + bad_kpi.sum())
    rejected = []
    if rejected_count:
        first = (missing | bad_arm | bad_kpi).to_numpy().nonzero()[0][:pc.KEPT_REJECTIONS]
        for i in first:
            if missing.iat[i]:
                reason = "missing " + unit.strip().lower()
            elif bad_arm.iat[i]:
                reason = pc.arm_reason(p, arm, arms.iat[i])
            else:
                reason = "%s '%s' is not 0/1 (or true/false, yes/no)" % (kpi.strip().lower(), df[kpi].iat[i].strip())
            rejected.append({"line": int(i) + 2, "reason": reason})
    ok = ~(missing | bad_arm | bad_kpi)
    nc, nt = int((ok & control).sum()), int((ok & treatment).sum())
    xc, xt = int(converted[ok & control].sum()), int(converted[ok & treatment].sum())
    result = pc.evaluate(p, rules_dir, len(df), nc, xc, nt, xt, rejected_count, rejected)
    with open(out, "w", encoding="utf-8") as f:
        json.dump(result, f)
    print("evaluated %d units (%d rejected), p = %.4g, decision %s"
          % (nc + nt, rejected_count, result["pValue"] if result["pValue"] is not None else 1, result["decision"]))
    pc.finish()


if __name__ == "__main__":
    main(sys.argv)

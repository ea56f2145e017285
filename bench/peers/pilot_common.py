"""What the pilot peers share: the plan, the statistics and the decision (docs/pilot.md, "Arithmetic" and
"Rules"), for a conversion-rate pilot.

The peers read, validate and count the unit rows with their library (the work that grows with the file);
this module turns the four counts into the evaluation: the pooled two-proportion z-test, the unpooled
Wald 95% interval, the delta-method interval of the relative uplift, the sample-ratio chi-square, the
planned sample per arm (power.prop.test in closed form), the smallest detectable effect of the collected
sample, and the decision of rules/pilot/decision-candidates.drl and decision.drl written out here (policy
numbers from rules/pilot/policy.drl.csv). Only a rate KPI: a mean KPI's plan needs the noncentral t,
which neither pandas nor polars has.

    python3 bench/peers/pilot_pandas.py UNITS.csv OUT.json [RULES_DIR [PLAN.yaml]]

Without a plan file the plan is the one `caio bench pilot` evaluates against (PilotBenchCli.plan()).
"""
import csv
import math
import os
import resource
import sys
from decimal import Decimal, ROUND_HALF_EVEN
from statistics import NormalDist

NORMAL = NormalDist()
Z975 = NORMAL.inv_cdf(0.975)
UNIT_COLUMNS = ["unit_id", "user_id", "userid", "unit", "customer_id"]
ARM_COLUMNS = ["arm", "group", "variant", "version"]
CONVERTED = {"1": 1, "true": 1, "yes": 1, "0": 0, "false": 0, "no": 0}
KEPT_REJECTIONS = 100
BENCH_PLAN = {"name": "bench", "kpi": "rate", "kpiName": "conversion", "baselineRate": 0.05,
              "targetRelativeEffect": 0.08, "alpha": 0.05, "power": 0.8, "allocation": "50/50",
              "trafficPerDay": 100000.0, "timeframeDays": 365}


def plan(argv):
    """The plan of PLAN.yaml (its `plan:`), or the bench's."""
    if len(argv) < 5:
        p = dict(BENCH_PLAN)
    else:
        import yaml
        with open(argv[4], encoding="utf-8") as f:
            p = dict(yaml.safe_load(f)["plan"])
    if p.get("kpi", "rate") != "rate":
        print("only a rate KPI is evaluated by the peers", file=sys.stderr)
        sys.exit(2)
    p.setdefault("alpha", 0.05)
    p.setdefault("power", 0.8)
    p.setdefault("allocation", "50/50")
    arms = p.get("arms") or {}
    p["control"], p["treatment"] = arms.get("control", "control"), arms.get("treatment", "treatment")
    p["labelled"] = bool(arms)
    p["kpiColumn"] = (p.get("kpiColumn") or "converted").strip().lower()
    return p


def layout(header, p):
    """(unit column, arm column, KPI column) as the header names them, lower-cased keys."""
    keys = [h.strip().lower() for h in header]
    unit = next(header[keys.index(c)] for c in UNIT_COLUMNS if c in keys)
    arm = next(header[keys.index(c)] for c in ARM_COLUMNS if c in keys)
    return unit, arm, header[keys.index(p["kpiColumn"])]


def arm_reason(p, arm_column, value):
    if p["labelled"]:
        return "%s '%s' is neither %s (control) nor %s (treatment)" % (arm_column.strip().lower(), value,
                                                                        p["control"], p["treatment"])
    return "arm '%s' is neither control nor treatment" % value


def policy(rules_dir):
    with open(os.path.join(rules_dir, "pilot", "policy.drl.csv"), encoding="utf-8-sig") as f:
        rows = list(csv.reader(f))
    start = next(i for i, r in enumerate(rows) if r and r[0] == "Policy") + 1
    return {r[1]: float(r[2]) for r in rows[start:] if len(r) >= 3 and r[1].strip()}


def rnd(x):
    return float(Decimal(repr(x)).quantize(Decimal("1e-9"), rounding=ROUND_HALF_EVEN))


def _rate_power(nc, p1, p2, alpha, k):
    pbar = (p1 + k * p2) / (1 + k)
    null0 = math.sqrt(pbar * (1 - pbar) * (1 + 1 / k))
    alt = math.sqrt(p1 * (1 - p1) + p2 * (1 - p2) / k)
    return NORMAL.cdf((math.sqrt(nc) * abs(p1 - p2) - NORMAL.inv_cdf(1 - alpha / 2) * null0) / alt)


def _control_units(p1, p2, alpha, power, k):
    pbar = (p1 + k * p2) / (1 + k)
    root = (NORMAL.inv_cdf(1 - alpha / 2) * math.sqrt(pbar * (1 - pbar) * (1 + 1 / k))
            + NORMAL.inv_cdf(power) * math.sqrt(p1 * (1 - p1) + p2 * (1 - p2) / k))
    return (root / (p2 - p1)) ** 2


def _detectable(nc, p1, alpha, power, k, direction):
    eps = 1e-10
    gap = lambda p2: _rate_power(nc, p1, p2, alpha, k) - power
    if gap(1 - eps if direction > 0 else eps) < 0:
        return None
    lo, hi = (p1 + eps, 1 - eps) if direction > 0 else (eps, p1 - eps)
    for _ in range(200):
        mid = (lo + hi) / 2
        if (gap(mid) < 0) == (gap(lo) < 0):
            lo = mid
        else:
            hi = mid
        if hi - lo < 1e-15:
            break
    return (lo + hi) / 2


def evaluate(p, rules_dir, rows, nc, xc, nt, xt, rejected_count, rejected):
    pol = policy(rules_dir)
    control_share, treatment_share = (float(s) / 100 for s in str(p["allocation"]).split("/"))
    k = treatment_share / control_share
    alpha, power, target, p1 = p["alpha"], p["power"], p["targetRelativeEffect"], p["baselineRate"]
    direction = 1 if target > 0 else -1
    pc, pt = xc / nc, xt / nt
    delta = pt - pc
    pooled = (xc + xt) / (nc + nt)
    se0 = math.sqrt(pooled * (1 - pooled) * (1 / nc + 1 / nt))
    z = delta / se0 if se0 > 0 else None
    pvalue = 2 * NORMAL.cdf(-abs(z)) if z is not None else None
    se = math.sqrt(pc * (1 - pc) / nc + pt * (1 - pt) / nt)
    ci = [max(-1.0, delta - Z975 * se), min(1.0, delta + Z975 * se)]
    relative = None
    if pc > 0 and pt > 0:
        half = Z975 * math.sqrt((1 - pt) / (pt * nt) + (1 - pc) / (pc * nc))
        relative = [math.exp(math.log(pt / pc) - half) - 1, math.exp(math.log(pt / pc) + half) - 1]
    total = nc + nt
    ec, et = total * control_share, total * treatment_share
    srm = (nc - ec) ** 2 / ec + (nt - et) ** 2 / et
    srm_p = 2 * NORMAL.cdf(-math.sqrt(srm))
    detectable = _detectable(nc, pc, alpha, power, nt / nc, direction)
    p2 = p1 * (1 + target)
    planned_nc = _control_units(p1, p2, alpha, power, k)
    planned = {"control": math.ceil(planned_nc - 1e-9), "treatment": math.ceil(planned_nc * k - 1e-9)}
    reached = nc >= planned["control"] and nt >= planned["treatment"]
    uplift = delta / pc if pc > 0 else None
    # PilotOutcome: relative when both arms convert, else absolute; rounded to 9 decimals
    if relative is not None and uplift is not None:
        effect, goal = rnd(direction * uplift), rnd(abs(target))
        high = rnd(relative[1] if direction > 0 else -relative[0])
    else:
        effect, goal = rnd(direction * delta), rnd(abs(p2 - p1))
        high = rnd(ci[1] if direction > 0 else -ci[0])
    tested, pr, srm_r = pvalue is not None, rnd(pvalue if pvalue is not None else 1.0), rnd(srm_p)
    fired = []
    if srm_r < pol["srm-investigate"]:
        fired.append(("PIL-DEC-001", "INVESTIGATE"))
    if tested and pr < alpha and effect >= goal:
        fired.append(("PIL-DEC-002", "SCALE"))
    if tested and pr < alpha and 0 < effect < goal and high >= goal:
        fired.append(("PIL-DEC-007", "SCALE"))
    if tested and pr < alpha and effect < 0:
        fired.append(("PIL-DEC-003", "STOP"))
    if high < goal:
        fired.append(("PIL-DEC-004", "STOP"))
    if reached and pr >= alpha:
        fired.append(("PIL-DEC-005", "STOP"))
    if pol["srm-investigate"] <= srm_r < pol["srm-warning"]:
        fired.append(("PIL-SRM-001", "WARNING"))
    fired.sort()
    outcomes = {o for _, o in fired}
    decision = next(((r, d) for r, d in (("PIL-DEC-900", "INVESTIGATE"), ("PIL-DEC-901", "STOP"),
                                         ("PIL-DEC-902", "SCALE")) if d in outcomes), ("PIL-DEC-006", "EXTEND"))
    fired.append(decision)
    return {
        "kpi": "rate", "rows": rows, "rejectedCount": rejected_count, "rejectedRows": rejected[:KEPT_REJECTIONS],
        "control": {"units": nc, "conversions": xc, "kpi": pc},
        "treatment": {"units": nt, "conversions": xt, "kpi": pt},
        "absoluteDelta": delta, "relativeUplift": uplift, "targetRelativeEffect": target,
        "statistic": z, "pValue": pvalue, "alpha": alpha, "ci95": ci, "relativeCi95": relative,
        "srmChiSquare": srm, "srmPValue": srm_p,
        "detectableEffect": None if detectable is None or pc <= 0 else detectable / pc - 1,
        "plannedSamplePerArm": planned, "plannedSampleReached": reached,
        "decision": decision[1], "firedRules": [{"ruleId": r, "outcome": o} for r, o in fired],
    }


def finish():
    """Prints this process's CPU seconds (interpreter start and imports included) for the harness."""
    usage = resource.getrusage(resource.RUSAGE_SELF)
    print("cpu %.3f" % (usage.ru_utime + usage.ru_stime), file=sys.stderr)

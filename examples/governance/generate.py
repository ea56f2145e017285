#!/usr/bin/env python3
"""Generates the governance pack example deterministically: a CPG marketing programme with
5 KPIs over 15 months of weekly data (13 baseline weeks, then 53 weeks after go-live).

    python3 examples/governance/generate.py    # rewrites kpis.csv beside this script

A small linear congruential generator and Box-Muller give the same numbers on every machine
and Python version (random.gauss is not promised to)."""
import datetime
import math
import os

STATE = [20260930]


def uniform():
    STATE[0] = (STATE[0] * 6364136223846793005 + 1442695040888963407) % (1 << 64)
    return ((STATE[0] >> 11) + 0.5) / float(1 << 53)


def gauss():
    u, v = uniform(), uniform()
    return math.sqrt(-2.0 * math.log(u)) * math.cos(2.0 * math.pi * v)


START = datetime.date(2025, 6, 30)      # a Monday
WEEKS = 66                              # 15 months
BASELINE = 13                           # the quarter before go-live

# name, unit, higher is better, target, baseline level, level 6 months after, level 12 months after, noise sd, decimals
KPIS = [
    ("Marketing-attributed revenue", "GBP k", "yes", 480, 420.0, 452.0, 478.0, 14.0, 1),
    ("Cost per acquisition", "GBP", "no", 32, 38.0, 35.2, 32.9, 1.6, 2),
    ("Email conversion rate", "%", "yes", 3.0, 2.40, 2.43, 2.46, 0.16, 2),
    ("Campaign launch cycle time", "days", "no", 14, 21.0, 18.5, 15.5, 1.5, 1),
    ("Brand safety flags", "flags a week", "no", 8, 12.0, 11.8, 11.5, 2.2, 0),
]


def level(kpi, week):
    _, _, _, _, base, six, twelve, _, _ = kpi
    if week < BASELINE:
        return base
    months = (week - BASELINE) * 12.0 / 52.0
    if months <= 6:
        return base + (six - base) * months / 6.0
    return six + (twelve - six) * min(months - 6, 6) / 6.0


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    with open(os.path.join(here, "kpis.csv"), "w", newline="") as out:
        out.write("kpi,date,value,unit,higher_is_better,baseline,target\n")
        for kpi in KPIS:
            name, unit, higher, target, _, _, _, sd, decimals = kpi
            for week in range(WEEKS):
                day = START + datetime.timedelta(weeks=week)
                value = max(0.0, level(kpi, week) + sd * gauss())
                text = ("%." + str(decimals) + "f") % value
                out.write("%s,%s,%s,%s,%s,%s,%s\n" % (name, day.isoformat(), text, unit, higher,
                                                     "yes" if week < BASELINE else "no", target))


if __name__ == "__main__":
    main()

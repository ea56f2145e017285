#!/usr/bin/env python3
"""Generates the upskilling example: a 45-person product and engineering organisation,
its skills survey (a Microsoft Forms export), the results of 4 modules and 14 months of
task log. Deterministic (seeded): run it again and the files are byte for byte the same.

    python3 examples/upskilling/generate.py
"""
import csv
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
rng = random.Random(20260101)

TEAMS = ["Checkout", "Search", "Growth", "Platform", "Data"]
ROLES = (["Product manager"] * 10 + ["Engineer"] * 22 + ["Data scientist"] * 7 + ["Designer"] * 6)
SKILLS = [  # id, text, mean baseline proficiency by role (pm, eng, ds, design)
    ("STRAT-01", "Framing a product problem as an AI opportunity", (1.6, 1.5, 2.0, 1.2)),
    ("STRAT-02", "Sizing the value and cost of an AI feature", (1.5, 1.2, 1.8, 1.0)),
    ("STRAT-03", "Knowing what current AI can and cannot do", (1.9, 2.2, 3.0, 1.7)),
    ("LIFE-01", "Evaluating a model against an offline test set", (0.8, 1.7, 2.9, 0.5)),
    ("LIFE-02", "Deploying and monitoring a model in production", (0.5, 1.4, 2.2, 0.3)),
    ("LIFE-03", "Building on a hosted foundation model (prompts and retrieval)", (1.3, 2.0, 2.4, 1.0)),
    ("RESP-01", "Spotting bias and harm in an AI feature", (1.4, 1.1, 2.0, 1.6)),
    ("RESP-02", "Knowing our AI policy and the EU AI Act duties that apply", (1.0, 0.8, 1.2, 0.9)),
    ("RESP-03", "Measuring fairness across user groups", (0.7, 0.6, 1.6, 0.6)),
    ("EXP-01", "Designing an A/B test of an AI feature", (2.0, 1.5, 2.6, 1.3)),
    ("EXP-02", "Designing for uncertain AI output", (1.2, 1.0, 1.3, 1.5)),
]
LABELS = ["0 - None", "1 - Awareness", "2 - Working", "3 - Practitioner", "4 - Expert"]
ROLE_INDEX = {"Product manager": 0, "Engineer": 1, "Data scientist": 2, "Designer": 3}


def people():
    out = []
    for i, role in enumerate(ROLES):
        team = "Data" if role == "Data scientist" else TEAMS[i % 4]
        out.append((f"P{i + 1:02d}", f"person{i + 1:02d}@northwind.example", team, role))
    return out


def survey(staff):
    with open(os.path.join(HERE, "skills-survey.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerow(["ID", "Start time", "Completion time", "Email", "Team", "Role"] + [s[1] for s in SKILLS])
        for n, (pid, email, team, role) in enumerate(staff):
            row = [pid, f"1/{5 + n % 20}/26 9:0{n % 10}:00", f"1/{5 + n % 20}/26 9:1{n % 10}:00", email, team, role]
            for sid, _, means in SKILLS:
                level = max(0, min(4, round(rng.gauss(means[ROLE_INDEX[role]], 0.8))))
                roll = rng.random()
                if roll < 0.03:
                    row.append("")
                elif roll < 0.05:
                    row.append("N/A")
                elif roll < 0.5:
                    row.append(LABELS[level])
                else:
                    row.append(str(level))
            w.writerow(row)


MODULES = [  # id, audience roles, mean pre, mean gain, sd gain, outcome
    ("ai-strategy-pm", {"Product manager", "Designer"}, 48, 21, 9, 70),
    ("responsible-ai-all", None, 55, 19, 10, 70),
    ("model-lifecycle-eng", {"Engineer", "Data scientist"}, 45, 24, 11, 70),
    ("ai-experiments", {"Product manager", "Data scientist", "Designer"}, 50, 17, 10, 65),
]


def results(staff):
    with open(os.path.join(HERE, "module-results.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["person", "module", "pre", "post", "attendance", "satisfaction"])
        for mid, audience, pre_mean, gain, sd, _ in MODULES:
            for pid, _, _, role in staff:
                if audience is not None and role not in audience:
                    continue
                if rng.random() < 0.08:
                    continue  # did not enrol
                pre = max(0, min(100, round(rng.gauss(pre_mean, 12))))
                if rng.random() < 0.07:
                    w.writerow([pid, mid, pre, "", f"{rng.choice([40, 50, 60])}", ""])  # dropped out
                    continue
                post = max(0, min(100, round(pre + rng.gauss(gain, sd))))
                w.writerow([pid, mid, pre, post, rng.choice([75, 88, 100, 100]), rng.choice([3, 4, 4, 5, 5])])


def task_log():
    months = [f"2025-{m:02d}" for m in (10, 11, 12)] + [f"2026-{m:02d}" for m in range(1, 12)]
    kinds = ["Model evaluation", "Prompt and retrieval tuning", "Feature A/B test analysis", "Data pipeline fix",
             "Bias review", "Vendor model integration", "Inference monitoring", "UX copy for AI output"]
    with open(os.path.join(HERE, "task-log.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["month", "task", "team", "ai_related", "done_by", "hours"])
        for i, month in enumerate(months):
            programme_month = i - 2  # 2026-01 is month 1
            external_share = 0.72 if programme_month < 1 else max(0.22, 0.72 - 0.045 * programme_month)
            for t in range(44):
                ai = t < 32
                team = TEAMS[t % 5]
                hours = round(rng.uniform(6, 30), 1)
                external = rng.random() < (external_share if ai else 0.15)
                w.writerow([month, f"{kinds[t % len(kinds)]} #{i * 100 + t}", team, "yes" if ai else "no",
                            "external" if external else "in-house", hours])


if __name__ == "__main__":
    staff = people()
    survey(staff)
    results(staff)
    task_log()

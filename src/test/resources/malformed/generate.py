#!/usr/bin/env python3
"""Writes the malformed-input corpus and expected.csv (run from this folder; deterministic).

Each row of expected.csv: file, kind, outcome, detail, message
  outcome accepted: detail = the lines rejected, separated by ';' (empty: none)
  outcome refused:  detail = where the refusal points (a prefix of file:line:column or the field path)
  message: text the refusal or the first rejection must contain
"""
import csv, os, shutil

EXPECTED = []
def out(name, data, kind, outcome, detail='', message=''):
    os.makedirs(kind, exist_ok=True)
    path = f"{kind}/{name}"
    mode = 'wb'
    if isinstance(data, str):
        data = data.encode('utf-8')
    with open(path, mode) as f:
        f.write(data)
    EXPECTED.append([path, kind, outcome, detail, message])

def rows(n, fmt, start=2):
    return ''.join(fmt.format(i=i) for i in range(start, start + n))

# ---------- survey CSV ----------
H = "respondent_id,department,GOV-01,GOV-02,DATA-01\n"
S = 'survey'
out('answer-out-of-scale.csv', H + "R1,Data,4,4,4\nR2,Data,6,4,4\n", S, 'accepted', '3', "answer '6' to GOV-01 is not accepted")
out('answer-1e309.csv', H + "R1,Data,1e309,4,4\nR2,Data,4,4,4\n", S, 'accepted', '2', "answer '1e309'")
out('answer-java-literals.csv', H + "R1,Data,0x1p3,4,4\nR2,Data,5f,4,4\nR3,Data,4d,4,4\nR4,Data,4,4,4\n", S, 'accepted', '2;3;4', "answer '0x1p3'")
out('answer-decimal.csv', H + "R1,Data,3.5,4,4\nR2,Data,4,4,4\n", S, 'accepted', '2', "answer '3.5'")
out('answer-label-typo.csv', H + "R1,Data,Agreee,4,4\nR2,Data,Agree,4,4\n", S, 'accepted', '2', "answer 'Agreee'")
out('answer-formula.csv', H + "R1,Data,=1+4,4,4\nR2,Data,4,4,4\n", S, 'accepted', '2', "answer '=1+4'")
out('answer-nul-byte.csv', H + "R1,Data,4\x00,4,4\nR2,Data,4,4,4\n", S, 'accepted', '2', "is not accepted")
out('ragged-row.csv', H + "R1,Data,4,4\nR2,Data,4,4,4\n", S, 'accepted', '2', "expected 5 columns but found 4")
out('duplicate-respondent.csv', H + "R1,Data,4,4,4\nR1,Data,2,2,2\n", S, 'accepted', '3', "duplicate respondent 'R1'")
out('missing-respondent.csv', H + ",Data,4,4,4\nR2,Data,4,4,4\n", S, 'accepted', '2', "missing respondent id")
out('labels-and-not-applicable.csv', H + "R1,Data,Strongly agree,N/A,Don't know\nR2,Data,4 - Agree,Disagree,\n", S, 'accepted', '')
out('header-only.csv', H, S, 'accepted', '')
out('blank-lines.csv', H + "\nR1,Data,4,4,4\n\n\nR2,Data,3,3,3\n", S, 'accepted', '')
out('crlf-and-bom-semicolons.csv', ("\ufeff" + H.replace(',', ';') + "R1;Data;4;4;4\nR2;Data;3;3;3\n").replace('\n', '\r\n'), S, 'accepted', '')
out('quoted-backslash.csv', H + 'R1,"C:\\",4,4,4\nR2,"Data \\""x\\"" ",3,3,3\n', S, 'accepted', '')
out('quoted-multiline.csv', H + 'R1,"Data\nand IT",4,4,4\nR2,Data,9,3,3\n', S, 'accepted', '4', "answer '9'")
out('unterminated-quote.csv', H + 'R1,Data,4,4,4\nR2,"Data,4,4,4\n' + rows(60, "R{i},Data,4,4,4\n", 4), S, 'refused', '3:1', "never closed")
out('bad-byte-header.csv', H.replace('department', 'd\xe9partement').encode('latin-1') + b"R1,Data,4,4,4\n", S, 'refused', '1:', "byte 0xE9 at byte offset 15 (line 1, byte 16 of the line)")
out('bad-byte-first-row.csv', H.encode() + "R1,Caf\xe9,4,4,4\n".encode('latin-1'), S, 'refused', '2:', "(line 2, byte 7 of the line)")
out('bad-byte-line-50.csv', H.encode() + rows(48, "R{i},Data,4,4,4\n").encode() + "R50,Caf\xe9,4,4,4\n".encode('latin-1') + rows(10, "R{i},Data,4,4,4\n", 51).encode(), S, 'refused', '50:', "(line 50,")
out('bad-byte-line-1501.csv', H.encode() + rows(1499, "R{i},Data,4,4,4\n").encode() + "R1501,Caf\xe9,4,4,4\n".encode('latin-1') + rows(10, "R{i},Data,4,4,4\n", 1502).encode(), S, 'refused', '1501:', "(line 1501,")
body = H.encode() + rows(6000, "R{i},Data,4,4,4\n").encode()
at = 65536 + 3
line = body[:at].count(b'\n') + 1
out('bad-byte-at-buffer-edge.csv', body[:at] + b'\xff' + body[at + 1:], S, 'refused', f'{line}:', f"byte 0xFF at byte offset {at} ")
out('truncated-utf8-at-end.csv', (H + "R1,Caf\u00e9").encode()[:-1], S, 'refused', '2:', "byte 0xC3")
out('windows-1252-forms-export.csv', ("Timestamp;Email Address;Our organisation has a documented and approved AI policy.\n2026/11/01;a@b.c;Plut\xf4t d'accord\n").encode('cp1252'), S, 'refused', '2:', "not UTF-8")
out('empty.csv', b'', S, 'refused', '1:1', "the file is empty")
out('no-respondent-column.csv', "name,GOV-01\nR1,4\n", S, 'refused', '1:1', "no respondent id column")
out('no-question-column.csv', "respondent_id,Our organisation has a documented AI policy\nR1,4\n", S, 'refused', '1:1', "is closest to GOV-01")
out('duplicate-question-column.csv', "respondent_id,GOV-01,Our organisation has a documented and approved AI policy\nR1,4,4\n", S, 'refused', '1:3', "repeats question GOV-01")
out('header-over-1mib.csv', "respondent_id,GOV-01," + "x" * (1 << 20) + "\nR1,4,x\n", S, 'refused', '1:1', "longer than 1048576 characters")
out('header-200kib.csv', "respondent_id,GOV-01," + ",".join(f"extra column {i:06d}" for i in range(10000)) + "\nR1,4" + ",x" * 10000 + "\n", S, 'accepted', '')
L = "respondent_id,question_id,answer\n"
out('long-unknown-question.csv', L + "R1,GOV-01,4\nR1,GOV-99,4\n", S, 'accepted', '3', "unknown question 'GOV-99'")
out('long-duplicate-answer.csv', L + "R1,GOV-01,4\nR1,GOV-01,2\n", S, 'accepted', '3', "duplicate answer of respondent 'R1' to GOV-01")
out('long-1e309.csv', L + "R1,GOV-01,1e309\nR2,GOV-01,4\n", S, 'accepted', '2', "answer '1e309'")

# ---------- risk register CSV ----------
R = "id,title,category,owner,likelihood,impact,mitigation_cost,due_date\n"
K = 'risk'
ok = "R{i},Risk {i},Data,Ana,3,3,1000,2027-03-31\n"
out('likelihood-6.csv', R + "R1,Drift,Model,Ana,6,3,,\n" + ok.format(i=2), K, 'accepted', '2', "likelihood '6' is out of range")
out('likelihood-1e309.csv', R + "R1,Drift,Model,Ana,1e309,3,,\n" + ok.format(i=2), K, 'accepted', '2', "likelihood '1e309' is out of range")
out('likelihood-unknown-label.csv', R + "R1,Drift,Model,Ana,Certain,3,,\n" + ok.format(i=2), K, 'accepted', '2', "not a known label")
out('likelihood-label.csv', R + "R1,Drift,Model,Ana,Almost  certain,Severe,,\n", K, 'accepted', '')
out('cost-hex-literal.csv', R + "R1,Drift,Model,Ana,3,3,0x1p3,\n" + ok.format(i=2), K, 'accepted', '2', "mitigation_cost '0x1p3' is not an amount")
out('cost-1e309.csv', R + "R1,Drift,Model,Ana,3,3,1e309,\n" + ok.format(i=2), K, 'accepted', '2', "mitigation_cost '1e309'")
out('cost-10d.csv', R + "R1,Drift,Model,Ana,3,3,10d,\nR2,Drift,Model,Ana,3,3,5f,\n", K, 'accepted', '2;3', "mitigation_cost '10d'")
out('cost-negative.csv', R + "R1,Drift,Model,Ana,3,3,-5,\n", K, 'accepted', '2', "mitigation_cost '-5'")
out('cost-thousands.csv', R + 'R1,Drift,Model,Ana,3,3,"1,000",\nR2,Drift,Model,Ana,3,3,1_000,\n', K, 'accepted', '2;3', "mitigation_cost '1,000'")
out('cost-above-limit.csv', R + "R1,Drift,Model,Ana,3,3,1e16,\n", K, 'accepted', '2', "mitigation_cost '1e16'")
out('cost-exponent.csv', R + "R1,Drift,Model,Ana,3,3,2.5e4,\n", K, 'accepted', '')
out('due-date-feb-30.csv', R + "R1,Drift,Model,Ana,3,3,,2027-02-30\n", K, 'accepted', '2', "due_date '2027-02-30' is not a date; expected a date written YYYY-MM-DD")
out('due-date-european.csv', R + "R1,Drift,Model,Ana,3,3,,31/12/2027\n", K, 'accepted', '2', "due_date '31/12/2027' is not a date")
out('duplicate-id.csv', R + ok.format(i=1) + ok.format(i=1), K, 'accepted', '3', "duplicate risk id 'R1' (first on line 2)")
out('missing-title.csv', R + "R1,,Model,Ana,3,3,,\n", K, 'accepted', '2', "missing title")
out('ragged.csv', R + "R1,Drift,Model,Ana,3\n", K, 'accepted', '2', "expected 8 columns but found 5")
out('mitigated-above-inherent.csv', "id,title,category,owner,likelihood,impact,mitigated_likelihood\nR1,Drift,Model,Ana,2,3,4\n", K, 'accepted', '2', "mitigated_likelihood 4 is above the inherent likelihood 2")
out('quoted-backslash.csv', R + 'R1,"Share C:\\",Data,"Ana \\",3,3,,\n', K, 'accepted', '')
out('bom-semicolons.csv', "\ufeff" + R.replace(',', ';') + "R1;Drift;Model;Ana;3;3;1500.50;2027-01-31\n", K, 'accepted', '')
out('unterminated-quote.csv', R + 'R1,"Drift,Model,Ana,3,3,,\n' + rows(60, ok), K, 'refused', '2:1', "never closed")
out('bad-byte-header.csv', R.replace('owner', 'propri\xe9taire').encode('latin-1') + ok.format(i=2).encode(), K, 'refused', '1:', "not UTF-8 text")
out('bad-byte-deep.csv', R.encode() + rows(200, ok).encode() + "R999,Caf\xe9,Data,Ana,3,3,,\n".encode('latin-1'), K, 'refused', '202:', "(line 202, byte 9 of the line)")
out('missing-columns.csv', "id,title,likelihood\nR1,Drift,3\n", K, 'refused', '1:1', "lacks the required column(s) category, owner, impact")
out('duplicate-column.csv', "id,title,category,owner,likelihood,impact,Impact\nR1,a,b,c,3,3,3\n", K, 'refused', '1:7', "appears twice")
out('empty.csv', b'', K, 'refused', '1:1', "the file is empty")
out('header-over-1mib.csv', R.strip() + "," + "y" * (1 << 20) + "\n", K, 'refused', '1:1', "longer than 1048576")

# ---------- business case YAML/JSON ----------
B = 'businesscase'
base = open('../../../../examples/business-case.yaml', encoding='utf-8').read()
def case(name, old, new, outcome, detail='', message='', count=1):
    assert old in base, old
    out(name, base.replace(old, new, count), B, outcome, detail, message)
case('duplicate-key.yaml', 'discountRate: 0.10', 'discountRate: 0.10\ndiscountRate: 0.12', 'refused', 'duplicate-key.yaml:8:1', "duplicate key 'discountRate': first at 7:1, again at 8:1")
case('duplicate-nested-key.yaml', '        margin: 0.38\n        rampMonths: 6\n', '        margin: 0.38\n        rampMonths: 6\n        margin: 0.4\n', 'refused', 'duplicate-nested-key.yaml:', "duplicate key 'scenarios.expected.levers[0].margin'")
case('alias-scalar.yaml', 'source: Media agency invoices FY2026 (Amazon Ads, Instacart, Walmart Connect)', 'source: *ledger', 'accepted')
EXPECTED[-1][0:0] = []
base_alias = base.replace('source: SAP S/4HANA sales ledger, DTC channel, Jan-Dec 2026 monthly average', 'source: &ledger SAP S/4HANA sales ledger')
with open(f'{B}/alias-scalar.yaml', 'w', encoding='utf-8') as f:
    f.write(base_alias.replace('source: Media agency invoices FY2026 (Amazon Ads, Instacart, Walmart Connect)', 'source: *ledger'))
case('alias-without-anchor.yaml', 'discountRateSource: Group', 'discountRateSource: *treasury #', 'refused', 'discountRateSource (alias-without-anchor.yaml:8:', "the alias *treasury has no anchor")
bomb = "a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n" + ''.join(f"a{i}: &a{i} [{', '.join(['*a' + str(i - 1)] * 10)}]\n" for i in range(1, 9))
out('alias-bomb.yaml', bomb, B, 'refused', 'a', "more than 100000 values once its aliases are expanded")
case('integer-400-digits.yaml', 'horizonMonths: 24', 'horizonMonths: 1' + '0' * 400, 'refused', 'horizonMonths (integer-400-digits.yaml:6:', "is out of range")
case('float-1e400.yaml', 'discountRate: 0.10', 'discountRate: 1e400', 'refused', 'discountRate (float-1e400.yaml:7:', "is out of range")
case('nan.yaml', 'discountRate: 0.10', 'discountRate: .nan', 'refused', 'discountRate (nan.yaml:7:', "the number .nan is out of range")
case('infinity.yaml', 'monthlyValue: 4200000', 'monthlyValue: -.inf', 'refused', 'baseline[0].monthlyValue', "is out of range")
case('string-1e400.yaml', 'monthlyValue: 4200000', "monthlyValue: '1e400'", 'refused', 'baseline[0].monthlyValue', "out of range")
case('hex-float-string.yaml', 'discountRate: 0.10', "discountRate: '0x1p-3'", 'refused', 'discountRate', "is not a number")
case('java-literal-10d.yaml', 'discountRate: 0.10', "discountRate: 10d", 'refused', 'discountRate', "'10d' is not a number")
case('percent-sign.yaml', 'uplift: 0.07', 'uplift: 7%', 'refused', 'scenarios.expected.levers[1].uplift', "'7%' is not a number")
case('cost-reduction-300-percent.yaml', 'uplift: 0.25', 'uplift: 3', 'refused', 'scenarios.expected.levers[2].uplift', "a cost reduction (margin 1.0) of 300% is impossible")
case('revenue-uplift-300-percent.yaml', 'uplift: 0.04', 'uplift: 3', 'accepted')
case('unknown-field.yaml', 'horizonMonths: 24', 'horizon: 24', 'refused', 'horizon', "unknown field 'horizon'")
case('syntax-error.yaml', 'discountRate: 0.10', 'discountRate: [0.10', 'refused', 'syntax-error.yaml:', "not valid YAML")
case('two-documents.yaml', 'risks:', '---\nname: second\n---\nrisks:', 'refused', 'two-documents.yaml:', "more than one YAML document in the file")
case('horizon-fraction.yaml', 'horizonMonths: 24', 'horizonMonths: 18.5', 'refused', 'horizonMonths', "not a whole number")
case('negative-baseline.yaml', 'monthlyValue: 4200000', 'monthlyValue: -4200000', 'refused', 'baseline[0].monthlyValue', "out of range")
case('currency-lowercase.yaml', 'currency: EUR', 'currency: eur', 'refused', 'currency', "ISO 4217")
case('windows-1252.yaml', 'organisation: Northwind Foods (CPG)', 'organisation: Caf\u00e9 & Cr\u00e8me', 'accepted')
with open(f'{B}/windows-1252.yaml', 'wb') as f:
    f.write(base.replace('organisation: Northwind Foods (CPG)', 'organisation: Caf\u00e9 & Cr\u00e8me').encode('cp1252'))
EXPECTED[-1][2:] = ['refused', 'windows-1252.yaml:4:18', "byte 0xE9 at byte offset"]
out('empty.yaml', '', B, 'refused', 'empty.yaml', "the business case is empty; expected a YAML or JSON mapping with at least currency")
out('comment-only.yaml', '# nothing yet\n', B, 'refused', 'comment-only.yaml', "the business case is empty")
out('list-root.yaml', '- currency: EUR\n', B, 'refused', 'list-root.yaml', "a business case is a mapping of fields")
J = '{"currency": "USD", "discountRate": 0.08, "baseline": [{"name": "sales", "monthlyValue": 1000, "unit": "USD", "source": "ledger"}], "scenarios": {"conservative": {"levers": [{"metric": "sales", "uplift": 0.01, "margin": 0.5, "source": "s"}]}, "expected": {"levers": [{"metric": "sales", "uplift": 0.02, "margin": 0.5, "source": "s"}]}, "aggressive": {"levers": [{"metric": "sales", "uplift": 0.03, "margin": 0.5, "source": "s"}]}}}'
out('valid-with-bom.json', '\ufeff' + J, B, 'accepted')
out('duplicate-key.json', J.replace('"discountRate": 0.08', '"discountRate": 0.08,\n"discountRate": 0.2'), B, 'refused', 'duplicate-key.json:2:1', "duplicate key 'discountRate': first at 1:21, again at 2:1")
out('trailing-garbage.json', J + ' {"x": 1}', B, 'refused', 'trailing-garbage.json:1:', "more than one JSON value")
out('nan-literal.json', J.replace('0.08', 'NaN'), B, 'refused', 'nan-literal.json:1:', "not valid JSON")
out('integer-400-digits.json', J.replace('"monthlyValue": 1000', '"monthlyValue": 1' + '0' * 400), B, 'refused', 'baseline[0].monthlyValue (integer-400-digits.json:1:', "is out of range")
out('truncated.json', J[:120], B, 'refused', 'truncated.json:1:', "not valid JSON")
out('latin-1.json', J.replace('"ledger"', '"ledger \u00e9t\u00e9"').encode('latin-1'), B, 'refused', 'latin-1.json:1:', "is not UTF-8 text")

# ---------- business case baseline CSV ----------
C = 'baseline'
BH = "name,monthly_value,unit,source\n"
out('value-1e309.csv', BH + "sales,1e309,EUR,ledger\n", C, 'refused', 'value-1e309.csv:2:2', "'1e309' is out of range")
out('value-hex.csv', BH + "sales,0x1p3,EUR,ledger\n", C, 'refused', 'value-hex.csv:2:2', "'0x1p3' is not a number")
out('value-5f.csv', BH + "sales,5f,EUR,ledger\n", C, 'refused', 'value-5f.csv:2:2', "'5f' is not a number")
out('value-thousands.csv', BH + 'sales,"1,000",EUR,ledger\n', C, 'refused', 'value-thousands.csv:2:2', "'1,000' is not a number")
out('value-negative.csv', BH + "sales,-5,EUR,ledger\n", C, 'refused', 'value-negative.csv:2:2', "is negative")
out('wrong-header.csv', "metric,value\nsales,5\n", C, 'refused', 'wrong-header.csv:1:1', "header must be name,monthly_value,unit,source")
out('ragged.csv', BH + "sales,5\n", C, 'refused', 'ragged.csv:2:1', "expected 4 columns but found 2")
out('bad-byte.csv', BH.encode() + "sales,5,EUR,ledger\ncost,3,EUR,Caf\xe9\n".encode('latin-1'), C, 'refused', 'bad-byte.csv:3:', "(line 3, byte 15 of the line)")
out('quoted-backslash.csv', BH + 'sales,5,EUR,"\\\\server\\share\\"\n', C, 'accepted')

# ---------- pilot plan / evaluation YAML/JSON ----------
P = 'pilotplan'
plan = open('../../../../examples/pilot-plan.yaml', encoding='utf-8').read()
def pcase(name, old, new, outcome, detail='', message=''):
    assert old in plan, old
    out(name, plan.replace(old, new, 1), P, outcome, detail, message)
pcase('with-learned-risks.yaml', 'readiness:', 'learnedRisks:\n  - The feed needs a stock check.\nreadiness:', 'accepted')
pcase('closed-on-month-13.yaml', 'closedOn: 2026-11-06', 'closedOn: 2026-13-06', 'refused', 'plan.closedOn', "'2026-13-06' is not a date; expected a date written YYYY-MM-DD")
pcase('closed-on-number.yaml', 'closedOn: 2026-11-06', 'closedOn: 20261106', 'refused', 'plan.closedOn', "not a date")
pcase('confirmed-on-words.yaml', 'confirmedOn: 2026-09-30', 'confirmedOn: last tuesday', 'refused', 'readiness.kpiTracking.confirmedOn', "'last tuesday' is not a date")
pcase('access-confirmed-feb-30.yaml', 'accessConfirmedOn: 2026-09-28', 'accessConfirmedOn: 2026-02-30', 'refused', 'readiness.dataSources[0].accessConfirmedOn', "'2026-02-30' is not a date")
pcase('duplicate-key.yaml', '  alpha: 0.05', '  alpha: 0.05\n  alpha: 0.01', 'refused', 'duplicate-key.yaml:', "duplicate key 'plan.alpha'")
pcase('alias.yaml', '      accessConfirmedBy: Ana Diaz (Head of Data)', '      accessConfirmedBy: &ana Ana Diaz (Head of Data)', 'accepted')
pcase('timeframe-400-digits.yaml', 'timeframeDays: 28', 'timeframeDays: 1' + '0' * 400, 'refused', 'plan.timeframeDays (timeframe-400-digits.yaml:', "is out of range")
pcase('timeframe-beyond-int.yaml', 'timeframeDays: 28', 'timeframeDays: 99999999999', 'refused', 'plan.timeframeDays', "")
pcase('traffic-1e300.yaml', 'trafficPerDay: 4000', 'trafficPerDay: 1e300', 'refused', 'plan.trafficPerDay', "is out of range")
pcase('alpha-1.5.yaml', 'alpha: 0.05', 'alpha: 1.5', 'refused', 'plan.alpha', "strictly between 0 and 1")
pcase('unknown-field.yaml', 'alpha: 0.05', 'alpah: 0.05', 'refused', 'plan.alpah', "unknown field")
pcase('arms-same-label.yaml', '  closedOn: 2026-11-06', '  closedOn: 2026-11-06\n  arms: {control: A, treatment: a}', 'refused', 'plan.arms', "the same label 'A'")
pcase('kpi-ratio.yaml', 'kpi: rate', 'kpi: ratio', 'refused', 'plan.kpi', "expected 'rate' or 'mean'")
pcase('nan.yaml', 'baselineRate: 0.05', 'baselineRate: .NaN', 'refused', 'plan.baselineRate (nan.yaml:', "out of range")
with open(f'{P}/windows-1252.yaml', 'wb') as f:
    f.write(plan.replace('name: Next-best-offer emails', 'name: Caf\u00e9 & Cr\u00e8me emails').encode('cp1252'))
EXPECTED.append([f'{P}/windows-1252.yaml', P, 'refused', 'windows-1252.yaml:3:12', "byte 0xE9"])
out('empty.yaml', '', P, 'refused', 'empty.yaml', "the file is empty")
mean_plan = 'plan:\n  kpi: mean\n  baselineMean: 50\n  baselineSd: 20\n  targetRelativeEffect: -0.1\n  trafficPerDay: 400\n  timeframeDays: 28\n'
out('mean-sd-1e200.yaml', mean_plan.replace('baselineSd: 20', 'baselineSd: 1e200'), P, 'refused', 'plan.baselineSd', "is out of range")
out('mean-1e308.yaml', mean_plan.replace('baselineMean: 50', 'baselineMean: -1e308'), P, 'refused', 'plan.baselineMean', "is out of range")

E = 'pilotevaluation'
ev = '{"plan": {"kpi": "mean", "baselineMean": 50, "baselineSd": 20, "targetRelativeEffect": -0.1, "trafficPerDay": 400, "timeframeDays": 28}, "control": {"n": 500, "mean": 50, "sd": 20}, "treatment": {"n": 500, "mean": 45, "sd": 19}, "closedOn": "2026-11-06"}'
out('valid.json', ev, E, 'accepted')
out('mean-1e308.json', ev.replace('"mean": 50,', '"mean": 1e308,'), E, 'refused', 'control.mean', "is out of range")
out('sd-1e200.json', ev.replace('"sd": 19', '"sd": 1e200'), E, 'refused', 'treatment.sd', "is out of range")
out('mean-1e400.json', ev.replace('"mean": 45', '"mean": 1e400'), E, 'refused', 'treatment.mean (mean-1e400.json:1:', "is out of range")
out('n-zero.json', ev.replace('"n": 500, "mean": 50', '"n": 0, "mean": 50'), E, 'refused', 'control.n', "positive number of units")
out('closed-on-words.json', ev.replace('"2026-11-06"', '"soon"'), E, 'refused', 'closedOn', "'soon' is not a date; expected a date written YYYY-MM-DD")
out('duplicate-arm.json', ev.replace('"treatment": {', '"control": {"n": 1, "mean": 1, "sd": 1}, "treatment": {'), E, 'refused', 'duplicate-arm.json:1:', "duplicate key 'control'")
out('nan-literal.json', ev.replace('"sd": 19', '"sd": NaN'), E, 'refused', 'nan-literal.json:1:', "not valid JSON")
out('missing-treatment.yaml', 'plan: {kpi: rate, baselineRate: 0.05, targetRelativeEffect: 0.1, trafficPerDay: 100, timeframeDays: 10}\ncontrol: {units: 100, conversions: 5}\n', E, 'refused', 'treatment', "missing")
out('conversions-above-units.yaml', 'plan: {kpi: rate, baselineRate: 0.05, targetRelativeEffect: 0.1, trafficPerDay: 100, timeframeDays: 10}\ncontrol: {units: 100, conversions: 120}\ntreatment: {units: 100, conversions: 5}\n', E, 'refused', 'control.conversions', "more conversions (120) than units (100)")

# ---------- pilot per-unit CSV ----------
U = 'pilotunits'
UH = "unit_id,arm,value\n"
good = "u{i},control,10\n"
out('values-1e308.csv', UH + "a,control,1e308\nb,control,-1e308\nc,treatment,4\nd,treatment,5\ne,control,3\nf,control,7\n", U, 'accepted', '2;3', "value '1e308' is out of range; accepted: numbers from -1e15 to 1e15")
out('value-1e200.csv', UH + "a,treatment,1e200\nb,control,4\nc,control,6\nd,treatment,5\ne,treatment,3\n", U, 'accepted', '2', "value '1e200' is out of range")
out('value-1e309.csv', UH + "a,treatment,1e309\nb,control,4\nc,control,6\nd,treatment,5\ne,treatment,3\n", U, 'accepted', '2', "value '1e309' is out of range")
out('java-literals.csv', UH + "a,control,0x1p3\nb,control,10d\nc,treatment,5f\nd,control,4\ne,control,6\nf,treatment,5\ng,treatment,3\n", U, 'accepted', '2;3;4', "value '0x1p3' is not a number")
out('nan-infinity.csv', UH + "a,control,NaN\nb,treatment,Infinity\nc,control,4\nd,control,6\ne,treatment,5\nf,treatment,3\n", U, 'accepted', '2;3', "value 'NaN' is not a number")
out('decimal-comma.csv', UH + 'a,control,"4,5"\nb,control,4\nc,control,6\nd,treatment,5\ne,treatment,3\n', U, 'accepted', '2', "value '4,5' is not a number")
out('arm-holdout.csv', UH + "a,holdout,4\nb,control,4\nc,control,6\nd,treatment,5\ne,treatment,3\n", U, 'accepted', '2', "arm 'holdout' is neither control nor treatment")
out('missing-unit.csv', UH + ",control,4\nb,control,4\nc,control,6\nd,treatment,5\ne,treatment,3\n", U, 'accepted', '2', "missing unit_id")
out('ragged.csv', UH + "a,control\nb,control,4\nc,control,6\nd,treatment,5\ne,treatment,3\n", U, 'accepted', '2', "expected 3 fields, found 2")
out('converted-maybe.csv', "unit_id,arm,converted\na,control,maybe\nb,control,1\nc,treatment,0\n", U, 'accepted', '2', "converted 'maybe' is not 0/1")
out('userid-version-columns.csv', "userid,version,value\na,control,4\nb,treatment,5\nc,control,6\nd,treatment,3\n", U, 'accepted', '')
out('quoted-backslash.csv', UH + '"C:\\",control,4\n"D:\\",treatment,5\nc,control,6\nd,treatment,3\n', U, 'accepted', '')
out('bom-semicolons.csv', "\ufeffunit_id;arm;value\r\na;control;4\r\nb;treatment;5\r\nc;control;6\r\nd;treatment;3\r\n", U, 'accepted', '')
out('bad-byte-line-50.csv', UH.encode() + rows(48, good).encode() + "u50,contr\xf4l,4\n".encode('latin-1') + rows(5, good, 51).encode(), U, 'refused', '50:', "(line 50, byte 10 of the line)")
out('bad-byte-header.csv', "unit_id,arm,val\xfcr\na,control,4\n".encode('latin-1'), U, 'refused', '1:', "(line 1, byte 16 of the line)")
out('unterminated-quote.csv', UH + 'a,"control,4\n' + rows(60, good), U, 'refused', '2:1', "never closed")
out('no-value-column.csv', "unit_id,arm,amount\na,control,4\n", U, 'refused', '1:', "no 'converted' or 'value' column")
out('no-unit-column.csv', "id,arm,value\na,control,4\n", U, 'refused', '1:1', "no 'unit_id' column")
out('empty.csv', b'', U, 'refused', '1:1', "the file is empty")

with open('expected.csv', 'w', newline='', encoding='utf-8') as f:
    w = csv.writer(f, lineterminator='\n')
    w.writerow(['file', 'kind', 'outcome', 'detail', 'message'])
    for row in sorted(EXPECTED):
        w.writerow(row)
print(len(EXPECTED), 'files')

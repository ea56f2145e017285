Feature: Post-pilot report with the KPI delta, its confidence and a recommendation
  As a CMO, I want a short, measurable pilot designed around a single high-value marketing use-case,
  so that I can validate impact before committing to scale.

  Acceptance criterion served here: a post-pilot report shows the actual KPI delta, statistical
  confidence, learned risks, and a recommendation to scale or stop.

  Background:
    Given the shipped pilot rules are serving
    And the analyst has created the pilot from "examples/pilot-plan.yaml"

  Scenario: A clear win is recommended for scale, with the rules that decided it
    When the analyst submits the aggregates of "examples/pilot-evaluation.yaml"
    Then the relative uplift is 15.04% with a p-value below 0.0001
    And the 95% interval of the relative uplift runs from 7.68% to 22.89%
    And the recommendation is "SCALE" by rules "PIL-DEC-002, PIL-DEC-902"
    And the report lists the learned risk "Offers for out-of-stock items were sent on 3 days; the feed needs a stock check before scale."
    And the PDF report shows "Recommendation: SCALE" and "Learned risks"
    And the PDF report shows "Data readiness" and "Access to data source CRM customer table: confirmed by Ana Diaz (Head of Data) on 2026-09-28"

  Scenario: Arms far from the planned split are sent for investigation
    When the analyst submits control 30000 units with 1500 conversions and treatment 31000 units with 1800 conversions
    Then the recommendation is "INVESTIGATE" by rules "PIL-DEC-001, PIL-DEC-002, PIL-DEC-900"

  Scenario: A per-unit file is evaluated and its bad rows are reported by line
    When the analyst uploads the per-unit file "examples/pilot-units.csv"
    Then 202 rows are read and line 202 is rejected because "arm 'holdout' is neither control nor treatment"
    And the recommendation is "EXTEND" by rules "PIL-DEC-006"

  Scenario: More conversions than units is refused with the field named
    When the analyst submits control 100 units with 120 conversions and treatment 100 units with 10 conversions
    Then the input is refused at "control.conversions" because "more conversions (120) than units (100)"

  Scenario: Before any evaluation there is no report to show
    When the analyst asks for the report
    Then the answer is 404 saying "has no evaluation yet"

  Scenario: A raw A/B export with its own arm labels and KPI column is evaluated unedited
    Given the analyst has created the pilot from "src/test/resources/pilot/cookie-cats-plan.yaml"
    When the analyst uploads the per-unit file "src/test/resources/pilot/cookie-cats-400.csv"
    Then 400 rows are read and none is rejected
    And the control arm has 193 units of which 45 converted
    And the treatment arm has 207 units of which 52 converted

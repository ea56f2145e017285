Feature: Payback within 12 months, or a clear reason for a longer horizon, on traceable assumptions
  As a CMO, I want a clear, quantified business case for AI investment, so that I can secure board
  approval for a programme with an expected marketing-attributed ROI (revenue uplift or cost
  reduction) within 12 months.

  Acceptance criterion served here: the financial projection shows expected payback within 12 months
  or clearly explains why a longer horizon is required; assumptions are traceable to data sources.

  Background:
    Given the shipped businesscase rules are serving

  Scenario: The expected scenario pays back within 12 months
    When the CMO submits the business case "examples/business-case.yaml"
    Then the expected scenario pays back in 9.4 months
    And the case is board-ready
    And every assumption in the register names its data source

  Scenario: A longer payback is accepted when the case explains why
    When the CMO submits the business case "examples/business-case-long-horizon.yaml" with the baseline "examples/business-case-baseline.csv"
    Then the expected scenario pays back in 23.7 months
    And the case is board-ready
    And finding "BC-PAY-002" reports the longer horizon
    And the executive summary explains why a longer horizon is required

  Scenario: A longer payback without an explanation blocks the case
    When the CMO submits the business case "examples/business-case-long-horizon.yaml" with the baseline "examples/business-case-baseline.csv" but without "longerHorizonRationale"
    Then the case is not board-ready because of "BC-PAY-001"
    And the deck's last slide asks to resolve "BC-PAY-001" before the board

  Scenario: An assumption without a source is untraceable and blocks the case
    When the CMO submits the business case "examples/business-case.yaml" without "scenarios.expected.levers[1].source"
    Then the case is not board-ready because of "BC-TRACE-001"
    And the assumptions register shows "scenarios.expected.levers[1]" without a source

  Scenario: A business user lowers an uplift ceiling and the uplift is flagged, without a restart
    When a business user lowers the uplift ceiling "BC-CEIL-002 Expected revenue uplift up to 8%" to 0.03 in "businesscase/plausibility-ceilings.drl.csv"
    Then the server serves a new rule version within 10 seconds
    When the CMO submits the business case "examples/business-case.yaml"
    Then finding "BC-PLAUS-001" flags "scenarios.expected.levers[0]" as a warning
    And the case is board-ready
    And the business case is stamped with the new rule version

  Scenario Outline: Bad input is refused with the field at fault
    When the CMO submits the business case "examples/business-case.yaml" with "<field>" set to "<value>"
    Then the submission is refused at "<where>" with "<message>"

    Examples:
      | field                               | value        | where                               | message                                       |
      | horizonMonths                       | -6           | horizonMonths                       | -6 is out of range                            |
      | scenarios.expected.levers[0].metric | dtc_sales    | scenarios.expected.levers[0].metric | unknown baseline metric 'dtc_sales'; known:   |
      | discountRate                        | ten percent  | discountRate                        | 'ten percent' is not a number                 |

  Scenario: A missing scenario is refused with its name
    When the CMO submits the business case "examples/business-case.yaml" without "scenarios.aggressive"
    Then the submission is refused at "scenarios.aggressive" with "missing; a business case has three scenarios"

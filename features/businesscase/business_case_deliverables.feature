Feature: A quantified business case for AI investment, delivered as a board deck and a one-page summary
  As a CMO, I want a clear, quantified business case for AI investment, so that I can secure board
  approval for a programme with an expected marketing-attributed ROI (revenue uplift or cost
  reduction) within 12 months.

  Acceptance criterion served here: a one-page executive summary and a 10-12 slide business case are
  delivered, including baseline metrics and three scenario projections (conservative, expected,
  aggressive) with quantified KPIs and timelines.

  Background:
    Given the shipped businesscase rules are serving

  Scenario: The business case is delivered as a deck and a one-page summary
    When the CMO submits the business case "examples/business-case.yaml"
    Then the business case is stored with the version of the rules that evaluated it
    And the deck can be downloaded and has between 10 and 12 slides, including:
      | Baseline metrics today                   |
      | Three scenarios over 24 months           |
      | Cumulative cash flow by scenario         |
      | KPI timeline by quarter                  |
      | Payback and ROI                          |
      | Sensitivity: what moves the expected NPV |
      | Risks and mitigations                    |
    And the deck shows each baseline metric with its source
    And the deck's cash flow, payback and sensitivity charts are pictures
    And the executive summary can be downloaded and is one page naming the three scenarios

  Scenario: Three scenarios are projected with quantified KPIs month by month
    When the CMO submits the business case "examples/business-case.yaml"
    Then the scenarios are projected over 24 months as follows:
      | scenario     | NPV       | ROI   | payback months |
      | conservative | -83784    | 0.023 | 23.0           |
      | expected     | 2130453   | 0.774 | 9.4            |
      | aggressive   | 4614092   | 1.618 | 5.5            |
    And the deck's KPI timeline runs from "Q1" to "Q8"

  Scenario: The same case sent as JSON gives the same projection
    When the CMO submits the business case "examples/business-case.yaml" as JSON
    Then the scenarios are projected over 24 months as follows:
      | scenario | NPV     | ROI   | payback months |
      | expected | 2130453 | 0.774 | 9.4            |

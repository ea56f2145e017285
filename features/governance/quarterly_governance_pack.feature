Feature: The quarterly governance pack
  As a CMO, I want ongoing executive coaching and governance support, so that marketing AI
  initiatives sustain performance improvements and avoid drift or compliance lapses, improving YOY
  marketing ROI by a measurable amount.

  Acceptance criteria served here:
  - Quarterly governance pack and review meeting are established, including KPI trends, risk
    register, and roadmap updates.
  - A documented AI governance framework (roles, escalation paths, data/privacy checks) is
    implemented and adopted by relevant teams.
  - At least one KPI (e.g., marketing-attributed revenue or CPA) shows measurable improvement
    compared to baseline at the 6- and 12-month reviews.
  - No major compliance or model-failure incidents are recorded during the review period.

  Background:
    Given the example programme's risk registers for two quarters and its engagement are recorded

  Scenario: Quarterly governance pack and review meeting are established, including KPI trends, risk register, and roadmap updates
    When the CMO's pack for 2026-Q3 is built from the example
    Then criterion 1 is "MET"
    And the pack shows 5 KPI trends, 1 new risk, 1 closed risk and the roadmap
    And the pack is stored and can be fetched again by its link
    And the deck has between 10 and 15 slides and the PDF can be downloaded

  Scenario: A documented AI governance framework is implemented and adopted by relevant teams
    When the CMO's pack for 2026-Q3 is built from the example
    Then criterion 2 is "MET"

  Scenario: A relevant team that has not adopted the framework fails the framework criterion
    When the CMO's pack for 2026-Q3 is built from the example with "adoptedOn: 2026-07-20, " removed from the framework
    Then criterion 2 is "NOT_MET"
    And a decision is needed on "Media agency has not adopted the framework."

  Scenario: At least one KPI shows measurable improvement compared to baseline at the 6- and 12-month reviews
    When the CMO's pack for 2026-Q3 is built from the example
    Then criterion 3 is "MET" because "Campaign launch cycle time, Cost per acquisition and Marketing-attributed revenue improved measurably at both reviews"

  Scenario: Before the 12-month review the KPI criterion is pending
    When the CMO's pack for 2026-Q2 is built from the example
    Then criterion 3 is "PENDING"

  Scenario: No major compliance or model-failure incidents are recorded during the review period
    When the CMO's pack for 2026-Q3 is built from the example
    Then criterion 4 is "MET"

  Scenario: A major model failure in the quarter breaks the incident criterion
    When the CMO's pack for 2026-Q3 is built from the example with the incident "INC-107,2026-09-10,2026-09-11,,Media-mix model,model-failure,major,open,,none,"
    Then criterion 4 is "NOT_MET"

  Scenario: A serious incident reported after its Article 73 clock is flagged
    When the CMO's pack for 2026-Q3 is built from the example with the incident "INC-107,2026-09-01,2026-09-01,,Audience builder,privacy,minor,open,,general,2026-09-20"
    Then a decision is needed on "A serious incident was reported to the regulator 19 days after it was detected; the limit is 15 days."

  Scenario Outline: Bad input is refused with the file, line and reason
    When the CMO's pack for 2026-Q3 is built from the example with the KPI rows "<rows>"
    Then the input is refused at "<where>" because "<reason>"

    Examples:
      | rows                                                                        | where        | reason                          |
      | Revenue,2026-01-05,10,GBP,yes,no,12                                         | kpis.csv:2:1 | has no baseline                 |
      | Revenue,2026-01-12,10,GBP,yes,yes,12;Revenue,2026-01-05,11,GBP,yes,no,12    | kpis.csv:3:2 | dates out of order              |
      | Revenue,2026-01-05,10,GBP,yes,yes,12;Revenue,2026-01-05,11,GBP,yes,no,12    | kpis.csv:3:2 | already has a value on 2026-01-05 |

  Scenario: A quarter that is not YYYY-Qn is refused
    When the CMO's pack for 2026-Q5 is built from the example
    Then the input is refused at "quarter" because "expected a quarter written YYYY-Qn"

Feature: A written engagement proposal and a cost-benefit summary against a full-time hire
  As a CDO, I want a clear engagement model and transparent cost/benefit comparison versus hiring a
  full-time CAIO, so that I can justify selecting the fractional CAIO and demonstrate at least a 50%
  cost saving and faster time-to-value to finance.

  Acceptance criteria served here:
  - A written engagement proposal shows scope, hours, SLAs, deliverables and an annualised cost
    compare (fractional vs full-time hire) using agreed assumptions.
  - A quantified cost-benefit summary projects time-to-value (e.g., first measurable KPI
    improvement) and estimated cost savings (>=50%) and avoided waste (e.g., reduction in likely
    failed projects).
  - Contractual start date and first 90-day milestones are agreed.
  (Finance and procurement confirming the route and approving for signature is a human step; the
  result says whether the proposal is ready for it.)

  Background:
    Given the shipped economics rules are serving

  Scenario: The proposal shows scope, hours, SLAs, deliverables and an annualised cost compare on agreed assumptions
    When the CDO submits the engagement economics "examples/economics.yaml"
    Then the proposal is complete and ready for signature
    And the cost compare in USD reads:
      | basis                  | fractional | full-time | saving % |
      | year 1                 | 269547.12  | 642900    | 58.07    |
      | steady state, per year | 286050     | 944400    | 69.71    |
      | 3-year total           | 841647.12  | 2435700   | 65.45    |
    And every figure in the assumptions register names its source
    And the proposal can be downloaded as a Word document with the sections:
      | Scope                                  |
      | Hours and fees                         |
      | Service levels                         |
      | Deliverables                           |
      | Start date and first 90-day milestones |
      | Cost comparison: fractional against a full-time hire |
      | Assumptions register                   |

  Scenario: The cost-benefit summary projects time to value, a saving of at least 50% and avoided waste
    When the CDO submits the engagement economics "examples/economics.yaml"
    Then the 3-year saving is at least 50%
    And the first measurable KPI improvement comes 8.8 months sooner than with a full-time hire
    And better selection avoids 300000 a year of spend on failed AI projects
    And the one-page cost-benefit summary can be downloaded

  Scenario: The contractual start date and the first 90-day milestones are dated
    When the CDO submits the engagement economics "examples/economics.yaml"
    Then the engagement starts on "2027-01-11" with the milestones:
      | week | milestone                              | due        |
      | 1    | Stakeholder introductions and kick-off | 2027-01-15 |
      | 2    | Access to data and systems granted     | 2027-01-22 |
      | 13   | Pilot specification accepted           | 2027-04-09 |

  Scenario: A saving below 50% is not a case for finance
    When the CDO submits the engagement economics "examples/economics.yaml" with "fractional.monthlyRetainer.value" set to "45000"
    Then the proposal is not ready for signature because of "ECO-SAVE-001"

  Scenario: A figure without a source is untraceable and blocks the proposal
    When the CDO submits the engagement economics "examples/economics.yaml" without "fullTime.bonusTarget.source"
    Then the proposal is not ready for signature because of "ECO-TRACE-001"

  Scenario Outline: Bad input is refused with the field path
    When the CDO submits the engagement economics "examples/economics.yaml" with "<field>" set to "<value>"
    Then the economics are refused at "<where>" with "<message>"

    Examples:
      | field                           | value      | where                           | message                |
      | fullTime.baseSalary.value       | -1         | fullTime.baseSalary.value       | out of range           |
      | fullTime.loadingFactor.value    | 0.8        | fullTime.loadingFactor.value    | a factor from 1 to 3   |
      | proposal.startDate              | 2027-02-30 | proposal.startDate              | is not a date          |

Feature: A tailored 90-day onboarding plan with weekly milestones and three deliverables
  As a CDO, I want a tailored 90-day onboarding plan with clear outcomes, so that the fractional
  CAIO is delivering strategic recommendations and priority actions within three months.

  Acceptance criteria served here:
  - A 90-day plan with weekly milestones, key stakeholders to be engaged, and three primary
    deliverables (e.g., priority roadmap, governance starter kit, pilot specification) is created
    and agreed.
  - All key stakeholder introductions and access to required data/environment are completed within
    the first two weeks.
  - The fractional CAIO delivers the three primary deliverables by day 90 and they are accepted by
    the CDO and two exec stakeholders.
  - A steering committee and regular cadence for progress updates are established.

  Background:
    Given the shipped onboarding rules are serving

  Scenario: The plan has weekly milestones, stakeholders to engage and three deliverables due by day 90
    When the CDO submits the onboarding plan "examples/onboarding.yaml"
    Then the plan has a dated milestone in each of the 13 weeks, on working days
    And every milestone has exactly one accountable owner and names the stakeholders to engage
    And the deliverables are due by day 90:
      | deliverable            | due        |
      | Priority roadmap       | 2027-02-19 |
      | Governance starter kit | 2027-03-12 |
      | Pilot specification    | 2027-04-09 |
    And the plan can be downloaded as a Gantt chart, a workbook, a PDF and a calendar

  Scenario: Introductions, access and the steering committee are completed within the first two weeks
    When the CDO submits the onboarding plan "examples/onboarding.yaml"
    Then the criteria stand as follows:
      | criterion                                                 | state   |
      | All key stakeholder introductions                         | met     |
      | Access to the required data and environment               | met     |
      | Steering committee established with a cadence             | met     |
      | Priority roadmap accepted by the CDO and two executives   | met     |
      | Governance starter kit accepted by the CDO and two executives | pending |
    And the steering committee meets every 2 weeks, 7 times in the 90 days

  Scenario: Access granted after two weeks is late
    When the CDO submits the onboarding plan "examples/onboarding.yaml" with event 4 on "2027-01-27"
    Then the criterion "Access to the required data and environment" is "late"

  Scenario: A deliverable accepted by the CDO and only one other executive by day 90 is missed
    When the CDO submits the onboarding plan "examples/onboarding.yaml" as of "2027-04-12" without event 10
    Then the criterion "Priority roadmap accepted by the CDO and two executives" is "missed"
    And the plan is not on track

  Scenario Outline: Bad input is refused with the field path
    When the CDO submits the onboarding plan "examples/onboarding.yaml" with "<field>" set to "<value>"
    Then the plan is refused at "<where>" with "<message>"

    Examples:
      | field                 | value      | where                 | message        |
      | steering.cadenceWeeks | 0          | steering.cadenceWeeks | 1 to 13        |
      | startDate             | next week  | startDate             | is not a date  |
      | holidays[1]           | 2027-13-01 | holidays[1]           | is not a date  |

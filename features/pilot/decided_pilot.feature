Feature: A pilot whose evidence is decided gets a decision a steering committee can act on
  As a CMO, I want a short, measurable pilot designed around a single high-value marketing use-case,
  so that I can validate impact before committing to scale.

  Acceptance criterion served here: a post-pilot report shows the actual KPI delta, statistical
  confidence, learned risks, and a recommendation to scale or stop. A recommendation to keep
  collecting is only given when more data could change it.

  Background:
    Given the shipped pilot rules are serving

  Scenario: A cost cut just short of its target, significant and with the target in its interval, scales with a note
    Given the analyst has created a pilot with:
      | name                 | Smart bidding CPA    |
      | kpi                  | mean                 |
      | kpiName              | cost per acquisition |
      | baselineMean         | 50                   |
      | baselineSd           | 20                   |
      | targetRelativeEffect | -0.10                |
      | trafficPerDay        | 40                   |
      | timeframeDays        | 28                   |
    When the analyst submits control 1411 units with mean 50 and sd 20 and treatment 1411 units with mean 45.25 and sd 20
    Then the recommendation is "SCALE" by rules "PIL-DEC-007, PIL-DEC-902"
    And a reason says "improvement of +9.50%: the point estimate is just below the +10.00% target"
    And a reason says "p < 0.001"
    And no reason says "inconclusive"
    And no reason says "before the planned sample"

  Scenario: A KPI whose mean is negative is judged on its absolute change, not a relative one
    Given the analyst has created a pilot with:
      | name                 | Net promoter score |
      | kpi                  | mean               |
      | kpiName              | net promoter score |
      | baselineMean         | -10                |
      | baselineSd           | 7                  |
      | targetRelativeEffect | 0.10               |
      | trafficPerDay        | 40                 |
      | timeframeDays        | 28                 |
    When the analyst submits control 100 units with mean -10 and sd 7 and treatment 100 units with mean -12 and sd 7
    Then the recommendation is "STOP" by rules "PIL-DEC-003, PIL-DEC-004, PIL-DEC-901"
    And a reason says "a relative effect is undefined"

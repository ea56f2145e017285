Feature: Time to MVP, internal-only against assisted by the fractional CAIO
  As Head of Innovation, I want assurance that the fractional CAIO will accelerate time-to-market
  vs internal-only efforts, so that at least one AI-driven feature ships within three months and
  proves product-market fit faster.

  Acceptance criteria served here:
  - a project plan compares internal-only delivery timelines to the fractional CAIO-assisted
    timeline, showing a reduced time-to-MVP (target <=3 months);
  - resourcing commitments (internal and fractional) and responsibilities are agreed and documented;
  - an agreed pilot start date and acceptance criteria for MVP are scheduled and signed off;
  - the fractional CAIO commits to a measurable coaching/mentoring plan to upskill core internal
    personnel during the project.
  The signatures themselves are given by people; the engine records what they sign.

  Background:
    Given the shipped opportunities rules are serving

  Scenario: The assisted plan ships within three months and the internal-only plan does not
    When the Head of Innovation uploads the backlog "examples/opportunity-backlog.csv" with the MVP plan "examples/mvp-plan.yaml"
    Then the run is stored and can be fetched again by its link
    And the plan was simulated 10000 times from the pilot start on "2027-02-01" with a target of 3 months, by "2027-05-01"
    And with the fractional CAIO the P80 time to MVP is within the target with at least 80% probability
    And the internal team alone finishes within the target with under 5% probability
    And the assisted P50 and P80 are both shorter than the internal-only ones
    And the tasks most often on the critical path include "Build the feature pipeline"
    And the finding of rule "OPP-MVP-001" says "With the fractional CAIO the MVP ships within 3 months"

  Scenario: Resourcing commitments and responsibilities are documented and pass the rules
    When the Head of Innovation uploads the MVP plan "examples/mvp-plan.yaml"
    Then every task names exactly one accountable person
    And the weekly resource plan lists 7 people with the fractional CAIO within the proposal's 16 hours a week
    And no resourcing rule reports a finding

  Scenario: The pilot start date and the MVP acceptance criteria are on the one-pager
    When the Head of Innovation uploads the backlog "examples/opportunity-backlog.csv" with the MVP plan "examples/mvp-plan.yaml"
    Then the run records the pilot start "2027-02-01" and 5 MVP acceptance criteria
    And the documents "pdf, timeline, svg, png, xlsx, text" can be fetched

  Scenario: The coaching plan is measurable
    When the Head of Innovation uploads the MVP plan "examples/mvp-plan.yaml"
    Then the coaching plan covers 4 people for 22 hours
    And every coaching entry has an outcome, a measure and a target

  Scenario: A plan whose tasks wait for each other in a circle is refused naming them
    When the Head of Innovation uploads the MVP plan "examples/mvp-plan.yaml" with "T01" waiting for "T25"
    Then the upload is refused with status 422 saying "tasks: dependency cycle: "
    And the refusal names the tasks "T01, T03, T25"

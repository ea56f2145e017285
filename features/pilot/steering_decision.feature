Feature: The steering committee's decision is recorded within two weeks of the pilot's close
  As a CMO, I want a short, measurable pilot designed around a single high-value marketing use-case,
  so that I can validate impact before committing to scale.

  Acceptance criterion served here: the steering committee decision is recorded within two weeks of
  pilot close.

  Background:
    Given the shipped pilot rules are serving
    And the analyst has created the pilot from "examples/pilot-plan.yaml"
    And the analyst has submitted the aggregates of "examples/pilot-evaluation.yaml"

  Scenario: A decision within 14 days of the close is recorded without a flag
    When the steering committee records "SCALE" on 2026-11-20 by "Chief Marketing Officer, CFO"
    Then the decision is stored 14 days after the close and is not flagged late
    And the pilot shows the steering decision "SCALE"

  Scenario: A decision more than 14 days after the close is flagged by rule
    When the steering committee records "SCALE" on 2026-11-25 by "Chief Marketing Officer"
    Then the decision is stored 19 days after the close and is flagged late by rule "PIL-STE-001"

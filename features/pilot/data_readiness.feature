Feature: Data readiness confirmed in writing before the pilot starts
  As a CMO, I want a short, measurable pilot designed around a single high-value marketing use-case,
  so that I can validate impact before committing to scale.

  Acceptance criterion served here: data readiness assessment completed and required data access
  confirmed in writing.

  Background:
    Given the shipped pilot rules are serving

  Scenario: Every item confirmed in writing makes the pilot ready to start
    When the analyst creates the pilot from "examples/pilot-plan.yaml"
    Then the pilot is ready to start by rule "PIL-RDY-000"

  Scenario: A data source without written confirmation keeps the pilot from starting
    When the analyst creates the pilot from "examples/pilot-plan.yaml" without the written confirmation of "Email platform send log"
    Then the pilot is not ready to start
    And rule "PIL-RDY-001" reports "access to data source 'Email platform send log' is not confirmed in writing"

@engagement @story:CDO-PURCHASE
Feature: CDO-PURCHASE Engagement model and cost comparison

  Persona: Chief Data Officer (Enterprise). Journey stage: Purchase.

  As a CDO, I want a clear engagement model and transparent cost/benefit comparison versus hiring a
  full-time CAIO, so that I can justify selecting the fractional CAIO and demonstrate at least a 50%
  cost saving and faster time-to-value to finance.

  Acceptance criteria:
  - A written engagement proposal shows scope, hours, SLAs, deliverables and an annualised cost
    compare (fractional vs full-time hire) using agreed assumptions.
  - A quantified cost-benefit summary projects time-to-value (e.g., first measurable KPI
    improvement) and estimated cost savings (>=50%) and avoided waste (e.g., reduction in likely
    failed projects).
  - Finance and procurement confirm procurement route and approve the proposal for signature.
  - Contractual start date and first 90-day milestones are agreed.

  Each scenario records the example engagement (examples/engagement.yaml) over REST, reads its
  status as of a day, and records more events one at a time where the criterion needs them.

  Scenario: AC-CDO-PURCHASE-1 A written engagement proposal shows scope, hours, SLAs, deliverables and an annualised cost compare (fractional vs full-time hire) using agreed assumptions.
    Given the example engagement is recorded
    When the status is read as of 2026-11-20
    Then AC-CDO-PURCHASE-1 is MET on 2026-01-12
    When the status is read as of 2026-01-11
    Then AC-CDO-PURCHASE-1 is PENDING

  Scenario: AC-CDO-PURCHASE-2 A quantified cost-benefit summary projects time-to-value (e.g., first measurable KPI improvement) and estimated cost savings (>=50%) and avoided waste (e.g., reduction in likely failed projects).
    Given the example engagement is recorded
    When the status is read as of 2026-11-20
    Then AC-CDO-PURCHASE-2 is MET on 2026-01-12
    When the status is read as of 2026-01-11
    Then AC-CDO-PURCHASE-2 is PENDING

  Scenario: AC-CDO-PURCHASE-3 Finance and procurement confirm procurement route and approve the proposal for signature.
    Given the example engagement is recorded
    When the status is read as of 2026-11-20
    Then AC-CDO-PURCHASE-3 is MET on 2026-01-21
    When the status is read as of 2026-01-20
    Then AC-CDO-PURCHASE-3 is PENDING

  Scenario: AC-CDO-PURCHASE-4 Contractual start date and first 90-day milestones are agreed.
    Given the example engagement is recorded
    When the status is read as of 2026-11-20
    Then AC-CDO-PURCHASE-4 is MET on 2026-01-28
    And the story CDO-PURCHASE is done
    When the status is read as of 2026-01-27
    Then AC-CDO-PURCHASE-4 is PENDING

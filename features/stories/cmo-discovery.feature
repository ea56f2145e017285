@engagement @story:CMO-DISCOVERY
Feature: CMO-DISCOVERY Business case for board approval

  Persona: Chief Marketing Officer (Enterprise CPG). Journey stage: Discovery.

  As a CMO, I want a clear, quantified business case for AI investment, so that I can secure board
  approval for a programme with an expected marketing-attributed ROI (revenue uplift or cost
  reduction) within 12 months.

  Acceptance criteria:
  - A one-page executive summary and 10–12 slide business case are delivered, including baseline
    metrics and three scenario projections (conservative, expected, aggressive) with quantified KPIs
    and timelines.
  - Financial projection shows expected payback within 12 months or clearly explains why a longer
    horizon is required; assumptions are traceable to data sources.
  - At least three executive stakeholders (e.g., CFO, CEO, Head of Sales) have reviewed and signed
    off the business case.
  - The board-approved budget and next-step decision (pilot or programme) are documented.

  Each scenario records the example engagement (examples/engagement.yaml) over REST, reads its
  status as of a day, and records more events one at a time where the criterion needs them.

  Scenario: AC-CMO-DISCOVERY-1 A one-page executive summary and 10–12 slide business case are delivered, including baseline metrics and three scenario projections (conservative, expected, aggressive) with quantified KPIs and timelines.
    Given the example engagement is recorded
    When the status is read as of 2026-11-20
    Then AC-CMO-DISCOVERY-1 is MET on 2026-04-14
    When the status is read as of 2026-04-12
    Then AC-CMO-DISCOVERY-1 is PENDING

  Scenario: AC-CMO-DISCOVERY-2 Financial projection shows expected payback within 12 months or clearly explains why a longer horizon is required; assumptions are traceable to data sources.
    Given the example engagement is recorded
    When the status is read as of 2026-11-20
    Then AC-CMO-DISCOVERY-2 is MET on 2026-04-10
    When the status is read as of 2026-04-01
    Then AC-CMO-DISCOVERY-2 is PENDING

  Scenario: AC-CMO-DISCOVERY-3 At least three executive stakeholders (e.g., CFO, CEO, Head of Sales) have reviewed and signed off the business case.
    Given the example engagement is recorded
    When the status is read as of 2026-11-20
    Then AC-CMO-DISCOVERY-3 is MET on 2026-04-28
    When the status is read as of 2026-04-25
    Then AC-CMO-DISCOVERY-3 is PENDING

  Scenario: AC-CMO-DISCOVERY-4 The board-approved budget and next-step decision (pilot or programme) are documented.
    Given the example engagement is recorded
    When the status is read as of 2026-11-20
    Then AC-CMO-DISCOVERY-4 is MET on 2026-05-12
    When this is recorded:
    """
      {"kind": "decision", "decision": "board-budget", "outcome": "deferred", "date": "2026-05-20", "decidedBy": ["sophie-laurent"], "supersedes": "board-budget"}
    """
    When the status is read as of 2026-11-20
    Then AC-CMO-DISCOVERY-4 is PENDING
    And the story CMO-DISCOVERY is not done

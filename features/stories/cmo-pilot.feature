@engagement @story:CMO-PILOT
Feature: CMO-PILOT Measurable marketing pilot

  Persona: Chief Marketing Officer (Enterprise CPG). Journey stage: Evaluation.

  As a CMO, I want a short, measurable pilot designed around a single high-value marketing use-case,
  so that I can validate impact before committing to scale and demonstrate a minimum 5–10% uplift in
  the target KPI within the pilot timeframe.

  Acceptance criteria:
  - A pilot hypothesis and success criteria are documented with a target KPI (e.g., +5–10%
    conversion or -10% cost-per-acquisition), sample size, and timeframe.
  - Data readiness assessment completed and any required data access or integrations confirmed in
    writing.
  - Pilot run is executed and a post-pilot report delivered showing actual KPI delta, statistical
    confidence, learned risks, and a recommendation to scale or stop.
  - Steering committee decision recorded within two weeks of pilot close.

  Each scenario records the example engagement (examples/engagement.yaml) over REST, reads its
  status as of a day, and records more events one at a time where the criterion needs them.

  Scenario: AC-CMO-PILOT-1 A pilot hypothesis and success criteria are documented with a target KPI (e.g., +5–10% conversion or -10% cost-per-acquisition), sample size, and timeframe.
    Given the example engagement is recorded
    When the status is read as of 2026-11-20
    Then AC-CMO-PILOT-1 is MET on 2026-09-25
    When the status is read as of 2026-09-20
    Then AC-CMO-PILOT-1 is PENDING

  Scenario: AC-CMO-PILOT-2 Data readiness assessment completed and any required data access or integrations confirmed in writing.
    Given the example engagement is recorded
    When the status is read as of 2026-11-20
    Then AC-CMO-PILOT-2 is MET on 2026-09-25
    When this is recorded:
    """
      {"kind": "access", "system": "Loyalty app event stream", "requestedOn": "2026-11-16"}
    """
    When the status is read as of 2026-11-20
    Then AC-CMO-PILOT-2 is PENDING

  Scenario: AC-CMO-PILOT-3 Pilot run is executed and a post-pilot report delivered showing actual KPI delta, statistical confidence, learned risks, and a recommendation to scale or stop.
    Given the example engagement is recorded
    When the status is read as of 2026-11-20
    Then AC-CMO-PILOT-3 is MET on 2026-11-12
    When the status is read as of 2026-11-10
    Then AC-CMO-PILOT-3 is PENDING

  Scenario: AC-CMO-PILOT-4 Steering committee decision recorded within two weeks of pilot close.
    Given the example engagement is recorded
    When the status is read as of 2026-11-20
    Then AC-CMO-PILOT-4 is MET on 2026-11-18, due 2026-11-20, 2 days early
    When this is recorded:
    """
      {"kind": "decision", "decision": "steering", "outcome": "scale", "artefact": "nbo-pilot", "date": "2026-11-24", "decidedBy": ["maria-keller", "david-okafor"], "supersedes": "steering-scale"}
    """
    When the status is read as of 2026-11-21
    Then AC-CMO-PILOT-4 is MISSED, due 2026-11-20, 1 days overdue
    When the status is read as of 2026-11-25
    Then AC-CMO-PILOT-4 is MET_LATE on 2026-11-24, due 2026-11-20, 4 days late

@engagement @story:HOI-PURCHASE
Feature: HOI-PURCHASE Faster time to market

  Persona: Head of Innovation (Scale-up). Journey stage: Purchase.

  As Head of Innovation, I want assurance that the fractional CAIO will accelerate time-to-market vs
  internal-only efforts, so that at least one AI-driven feature ships within three months and proves
  product-market fit faster.

  Acceptance criteria:
  - A project plan compares internal-only delivery timelines to the fractional CAIO-assisted
    timeline, showing a reduced time-to-MVP (target <=3 months).
  - Resourcing commitments (internal and fractional) and responsibilities are agreed and documented.
  - An agreed pilot start date and acceptance criteria for MVP are scheduled and signed off.
  - The fractional CAIO commits to a measurable coaching/mentoring plan to upskill core internal
    personnel during the project.

  Each scenario records the example engagement (examples/engagement.yaml) over REST, reads its
  status as of a day, and records more events one at a time where the criterion needs them.

  Scenario: AC-HOI-PURCHASE-1 A project plan compares internal-only delivery timelines to the fractional CAIO-assisted timeline, showing a reduced time-to-MVP (target <=3 months).
    Given the example engagement is recorded
    When the status is read as of 2026-11-20
    Then AC-HOI-PURCHASE-1 is MET on 2026-07-01
    When the status is read as of 2026-06-30
    Then AC-HOI-PURCHASE-1 is PENDING

  Scenario: AC-HOI-PURCHASE-2 Resourcing commitments (internal and fractional) and responsibilities are agreed and documented.
    Given the example engagement is recorded
    When the status is read as of 2026-11-20
    Then AC-HOI-PURCHASE-2 is MET on 2026-07-06
    When the status is read as of 2026-07-05
    Then AC-HOI-PURCHASE-2 is PENDING

  Scenario: AC-HOI-PURCHASE-3 An agreed pilot start date and acceptance criteria for MVP are scheduled and signed off.
    Given the example engagement is recorded
    When the status is read as of 2026-11-20
    Then AC-HOI-PURCHASE-3 is MET on 2026-07-09
    When this is recorded:
    """
      {"kind": "sign-off", "artefact": "mvp-acceptance", "person": "jonas-weber", "decision": "reject", "date": "2026-07-15", "comment": "Start date moved; acceptance criteria to be re-agreed"}
    """
    When the status is read as of 2026-11-20
    Then AC-HOI-PURCHASE-3 is PENDING

  Scenario: AC-HOI-PURCHASE-4 The fractional CAIO commits to a measurable coaching/mentoring plan to upskill core internal personnel during the project.
    Given the example engagement is recorded
    When the status is read as of 2026-11-20
    Then AC-HOI-PURCHASE-4 is MET on 2026-07-10
    When the status is read as of 2026-07-09
    Then AC-HOI-PURCHASE-4 is PENDING

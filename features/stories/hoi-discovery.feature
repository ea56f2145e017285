@engagement @story:HOI-DISCOVERY
Feature: HOI-DISCOVERY AI opportunity pipeline

  Persona: Head of Innovation (Scale-up). Journey stage: Discovery.

  As Head of Innovation, I want help identifying and prioritising high-impact AI opportunities, so
  that I can present a focused pipeline likely to increase product engagement by a measurable amount
  (e.g., +15%) within six months of implementation.

  Acceptance criteria:
  - A half-day opportunity workshop is run with key product and analytics stakeholders and produces
    a prioritised backlog of 6–8 use-cases with expected KPIs, effort estimates and risk notes.
  - Top 1–2 opportunities have a defined MVP scope, target metric uplift (e.g., +10–20% engagement),
    and a go/no-go recommendation.
  - Stakeholder alignment confirmed via sign-off from product, engineering and commercial leads.
  - A proposed resource plan and estimated timeline to MVP is documented.

  Each scenario records the example engagement (examples/engagement.yaml) over REST, reads its
  status as of a day, and records more events one at a time where the criterion needs them.

  Scenario: AC-HOI-DISCOVERY-1 A half-day opportunity workshop is run with key product and analytics stakeholders and produces a prioritised backlog of 6–8 use-cases with expected KPIs, effort estimates and risk notes.
    Given the example engagement is recorded
    When the status is read as of 2026-11-20
    Then AC-HOI-DISCOVERY-1 is MET on 2026-06-10
    When the status is read as of 2026-06-09
    Then AC-HOI-DISCOVERY-1 is PENDING

  Scenario: AC-HOI-DISCOVERY-2 Top 1–2 opportunities have a defined MVP scope, target metric uplift (e.g., +10–20% engagement), and a go/no-go recommendation.
    Given the example engagement is recorded
    When the status is read as of 2026-11-20
    Then AC-HOI-DISCOVERY-2 is MET on 2026-06-24
    When the status is read as of 2026-06-23
    Then AC-HOI-DISCOVERY-2 is PENDING

  Scenario: AC-HOI-DISCOVERY-3 Stakeholder alignment confirmed via sign-off from product, engineering and commercial leads.
    Given the example engagement is recorded
    When the status is read as of 2026-11-20
    Then AC-HOI-DISCOVERY-3 is PENDING
    When this is recorded:
    """
      {"kind": "sign-off", "artefact": "opportunity-backlog", "person": "claire-dubois", "decision": "approve", "date": "2026-06-18"}
    """
    When the status is read as of 2026-11-20
    Then AC-HOI-DISCOVERY-3 is MET on 2026-06-18
    And the story HOI-DISCOVERY is done

  Scenario: AC-HOI-DISCOVERY-4 A proposed resource plan and estimated timeline to MVP is documented.
    Given the example engagement is recorded
    When the status is read as of 2026-11-20
    Then AC-HOI-DISCOVERY-4 is MET on 2026-06-26
    When the status is read as of 2026-06-25
    Then AC-HOI-DISCOVERY-4 is PENDING

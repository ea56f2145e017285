@engagement @story:CDO-ONBOARDING
Feature: CDO-ONBOARDING 90-day onboarding plan

  Persona: Chief Data Officer (Enterprise). Journey stage: Onboarding.

  As a CDO, I want a tailored 90-day onboarding plan with clear outcomes, so that the fractional CAIO
  is delivering strategic recommendations and priority actions within three months.

  Acceptance criteria:
  - A 90-day plan with weekly milestones, key stakeholders to be engaged, and three primary
    deliverables (e.g., priority roadmap, governance starter kit, pilot specification) is created
    and agreed.
  - All key stakeholder introductions and access to required data/environment are completed within
    the first two weeks.
  - The fractional CAIO delivers the three primary deliverables by day 90 and they are accepted by
    the CDO and two exec stakeholders.
  - A steering committee and regular cadence for progress updates are established.

  Each scenario records the example engagement (examples/engagement.yaml) over REST, reads its
  status as of a day, and records more events one at a time where the criterion needs them.

  Scenario: AC-CDO-ONBOARDING-1 A 90-day plan with weekly milestones, key stakeholders to be engaged, and three primary deliverables (e.g., priority roadmap, governance starter kit, pilot specification) is created and agreed.
    Given the example engagement is recorded
    When the status is read as of 2026-11-20
    Then AC-CDO-ONBOARDING-1 is MET on 2026-02-06
    When the status is read as of 2026-02-05
    Then AC-CDO-ONBOARDING-1 is PENDING

  Scenario: AC-CDO-ONBOARDING-2 All key stakeholder introductions and access to required data/environment are completed within the first two weeks.
    Given the example engagement is recorded
    When the status is read as of 2026-11-20
    Then AC-CDO-ONBOARDING-2 is MET_LATE on 2026-02-20, due 2026-02-16, 4 days late
    When this is recorded:
    """
      {"kind": "access", "system": "Salesforce Marketing Cloud (read-only)", "requestedOn": "2026-02-03", "grantedOn": "2026-02-12", "confirmedBy": "maria-keller", "supersedes": "access-crm"}
    """
    When the status is read as of 2026-11-20
    Then AC-CDO-ONBOARDING-2 is MET on 2026-02-12, due 2026-02-16, 4 days early

  Scenario: AC-CDO-ONBOARDING-3 The fractional CAIO delivers the three primary deliverables by day 90 and they are accepted by the CDO and two exec stakeholders.
    Given the example engagement is recorded
    When the status is read as of 2026-04-30
    Then AC-CDO-ONBOARDING-3 is PENDING
    When the status is read as of 2026-11-20
    Then AC-CDO-ONBOARDING-3 is MISSED, due 2026-05-03, 201 days overdue
    When this is recorded:
    """
      {"kind": "deliverable", "name": "Governance starter kit", "primary": true, "deliveredOn": "2026-05-18", "acceptedBy": ["lena-berg", "tom-hughes", "david-okafor"], "acceptedOn": "2026-05-25", "supersedes": "governance-kit"}
    """
    When the status is read as of 2026-11-20
    Then AC-CDO-ONBOARDING-3 is MET_LATE on 2026-05-25, due 2026-05-03, 22 days late

  Scenario: AC-CDO-ONBOARDING-4 A steering committee and regular cadence for progress updates are established.
    Given the example engagement is recorded
    When the status is read as of 2026-11-20
    Then AC-CDO-ONBOARDING-4 is MET on 2026-03-17
    When the status is read as of 2026-03-16
    Then AC-CDO-ONBOARDING-4 is PENDING

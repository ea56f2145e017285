@engagement @story:CDO-ASSESSMENT
Feature: CDO-ASSESSMENT AI maturity and risk assessment

  Persona: Chief Data Officer (Enterprise). Journey stage: Evaluation.

  As a CDO, I want an independent AI maturity and risk assessment, so that I can prioritise
  remediation and reduce model failure and operational risk by a measurable amount within six months.

  Acceptance criteria:
  - A maturity assessment report is delivered covering governance, data readiness, model lifecycle,
    tooling, and skills, with a scored maturity level.
  - A risk heatmap identifies top 5 risks with Likelihood x Impact ratings and remediation
    prioritised by expected risk reduction.
  - A remediation roadmap with owners, timelines and measurable success criteria (e.g., test
    coverage %, model monitoring in place) is agreed.
  - CDO and two senior stakeholders approve the assessment and roadmap.

  Each scenario records the example engagement (examples/engagement.yaml) over REST, reads its
  status as of a day, and records more events one at a time where the criterion needs them.

  Scenario: AC-CDO-ASSESSMENT-1 A maturity assessment report is delivered covering governance, data readiness, model lifecycle, tooling, and skills, with a scored maturity level.
    Given the example engagement is recorded
    When the status is read as of 2026-11-20
    Then AC-CDO-ASSESSMENT-1 is MET on 2026-03-06
    When the status is read as of 2026-03-05
    Then AC-CDO-ASSESSMENT-1 is PENDING

  Scenario: AC-CDO-ASSESSMENT-2 A risk heatmap identifies top 5 risks with Likelihood x Impact ratings and remediation prioritised by expected risk reduction.
    Given the example engagement is recorded
    When the status is read as of 2026-11-20
    Then AC-CDO-ASSESSMENT-2 is MET on 2026-03-13
    When the status is read as of 2026-03-12
    Then AC-CDO-ASSESSMENT-2 is PENDING

  Scenario: AC-CDO-ASSESSMENT-3 A remediation roadmap with owners, timelines and measurable success criteria (e.g., test coverage %, model monitoring in place) is agreed.
    Given the example engagement is recorded
    When the status is read as of 2026-11-20
    Then AC-CDO-ASSESSMENT-3 is PENDING
    Given a risk register with an owner, a due date and a success criterion for every action is stored as "risk-register-agreed.csv"
    When this is recorded:
    """
      {"kind": "artefact", "id": "risk-register-v2", "type": "risk", "name": "Risk roadmap v2", "run": {"input": "risk-register-agreed.csv"}, "date": "2026-04-02"}
    """
    When this is recorded:
    """
      {"kind": "sign-off", "artefact": "risk-register-v2", "person": "lena-berg", "decision": "approve", "date": "2026-04-03"}
    """
    When the status is read as of 2026-11-20
    Then AC-CDO-ASSESSMENT-3 is MET on 2026-04-03

  Scenario: AC-CDO-ASSESSMENT-4 CDO and two senior stakeholders approve the assessment and roadmap.
    Given the example engagement is recorded
    When the status is read as of 2026-11-20
    Then AC-CDO-ASSESSMENT-4 is MET on 2026-03-30
    When the status is read as of 2026-03-29
    Then AC-CDO-ASSESSMENT-4 is PENDING

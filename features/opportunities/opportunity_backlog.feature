Feature: A prioritised backlog of AI opportunities with go/no-go for the top ones
  As Head of Innovation, I want help identifying and prioritising high-impact AI opportunities,
  so that I can present a focused pipeline likely to increase product engagement by a measurable
  amount (e.g., +15%) within six months of implementation.

  Acceptance criteria served here:
  - a half-day opportunity workshop is run with key product and analytics stakeholders and
    produces a prioritised backlog of 6-8 use-cases with expected KPIs, effort estimates and risk notes;
  - top 1-2 opportunities have a defined MVP scope, target metric uplift (e.g., +10-20% engagement),
    and a go/no-go recommendation.
  The sign-off by product, engineering and commercial leads is recorded by people; the backlog
  carries it as an acceptance criterion of each MVP.

  Background:
    Given the shipped opportunities rules are serving

  Scenario: The workshop's backlog is ranked by RICE with KPIs, effort estimates and risk notes
    When the Head of Innovation uploads the backlog "examples/opportunity-backlog.csv"
    Then the run is stored and can be fetched again by its link
    And the backlog holds 7 use cases, within the policy of 6 to 8
    And the use cases are ranked by "RICE" as:
      | rank | use case                          | risk     |
      | 1    | Churn-risk nudges                 | high     |
      | 2    | Automatic content tagging         | low      |
      | 3    | Semantic search                   | medium   |
      | 4    | Personalised onboarding checklist | high     |
      | 5    | Meeting-notes summariser          | high     |
      | 6    | Support assistant                 | critical |
      | 7    | Upsell propensity                 | medium   |
    And every ranked use case names its target KPI, its uplift and effort estimates and its risk notes
    And the report is stamped with the noted rule version

  Scenario: The top two use cases get a go/no-go, and each go records its MVP scope
    When the Head of Innovation uploads the backlog "examples/opportunity-backlog.csv"
    Then the go/no-go decisions are:
      | rank | use case                  | decision           | rules                  |
      | 1    | Churn-risk nudges         | GO_WITH_CONDITIONS | OPP-GO-004, OPP-GO-901 |
      | 2    | Automatic content tagging | GO                 | OPP-GO-902             |
    And each go records an MVP scope with what is in and out, the target metric, an uplift band, success and acceptance criteria
    And the MVP of "Churn-risk nudges" targets "30-day retention of active users" with an uplift from 8 to 22 percent

  Scenario: A business user raises the data readiness a use case needs and the second one becomes a no-go
    Given the analyst notes the rule version being served
    When a business user sets "gonogo.minDataReadiness" to 4 in "opportunities/policy.drl.csv"
    Then the server serves a new rule version within 10 seconds
    When the Head of Innovation uploads the backlog "examples/opportunity-backlog.csv"
    Then the go/no-go decisions are:
      | rank | use case                  | decision           | rules                  |
      | 1    | Churn-risk nudges         | GO_WITH_CONDITIONS | OPP-GO-004, OPP-GO-901 |
      | 2    | Automatic content tagging | NO_GO              | OPP-GO-001, OPP-GO-900 |
    And the report is stamped with the new rule version

  Scenario: The engagement chooses WSJF in the YAML backlog
    When the Head of Innovation uploads the backlog "examples/opportunity-backlog.yaml"
    Then the use cases are ranked by "WSJF" with "Churn-risk nudges" first

  Scenario: A backlog of five use cases is ranked and the short pipeline is reported, not refused
    When the Head of Innovation uploads the first 5 use cases of "examples/opportunity-backlog.csv"
    Then the backlog holds 5 use cases, outside the policy of 6 to 8
    And the finding of rule "OPP-SIZE-001" says "The backlog holds 5 use cases; the workshop should produce at least 6."

  Scenario: A confidence above 100% is refused at its cell
    When the Head of Innovation uploads "examples/opportunity-backlog.csv" with the confidence of "OPP-02" set to 120
    Then the upload is refused with status 422 saying "opportunity-backlog.csv:3:10: confidence '120' is out of range; accepted: a percentage from 0 to 100"

  Scenario: AC-HOI-DISCOVERY-1 AC-HOI-DISCOVERY-2 AC-HOI-DISCOVERY-4 AC-HOI-PURCHASE-1 The stored run is the engagement's evidence for the backlog, the MVP scope, the resource plan and the project plan
    Given the example engagement is recorded
    When the Head of Innovation uploads the backlog "examples/opportunity-backlog.csv" with the MVP plan "examples/mvp-plan.yaml"
    And this is recorded:
    """
      {"kind": "artefact", "id": "workshop-run", "type": "opportunities", "name": "Opportunity workshop run", "run": {"input": "opportunity-backlog.csv"}, "date": "2026-06-09"}
    """
    And the status is read as of 2026-11-20
    Then AC-HOI-DISCOVERY-1 is MET on 2026-06-09
    And AC-HOI-DISCOVERY-2 is MET on 2026-06-09
    And AC-HOI-DISCOVERY-4 is MET on 2026-06-09
    And AC-HOI-PURCHASE-1 is MET on 2026-06-09

  Scenario: AC-HOI-DISCOVERY-1 A stored run of five use cases is no evidence for a backlog of 6-8; the typed-in backlog still is
    Given the example engagement is recorded
    When the Head of Innovation uploads the first 5 use cases of "examples/opportunity-backlog.csv"
    And this is recorded:
    """
      {"kind": "artefact", "id": "workshop-run", "type": "opportunities", "name": "Opportunity workshop run", "run": {"input": "opportunity-backlog.csv"}, "date": "2026-06-09"}
    """
    And the status is read as of 2026-11-20
    Then AC-HOI-DISCOVERY-1 is MET on 2026-06-10
    And AC-HOI-DISCOVERY-2 is MET on 2026-06-09

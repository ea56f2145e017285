Feature: Independent AI maturity assessment from a staff survey
  As a CDO, I want an independent AI maturity and risk assessment, so that I can prioritise
  remediation and reduce model failure and operational risk by a measurable amount within six months.

  Acceptance criterion served here: a maturity assessment report is delivered covering governance,
  data readiness, model lifecycle, tooling, and skills, with a scored maturity level.

  Background:
    Given the shipped maturity rules are serving

  Scenario: The report covers the five dimensions, each with a scored level
    When the analyst uploads the survey "examples/survey-wide.csv"
    Then the assessment is stored and can be fetched again by its link
    And the report scores each of these dimensions with a level from 1 to 5:
      | governance      |
      | data_readiness  |
      | model_lifecycle |
      | tooling         |
      | skills          |
    And the overall score is 2.76 and the overall level is "3 Defined"
    And rule "MAT-CAP-001" holds governance at level 2 or below, citing question "GOV-01"
    And the report is stamped with the version of the rules that scored it

  Scenario: A business user moves a band boundary and the level changes without a restart
    Given the analyst has uploaded the survey "examples/survey-wide.csv"
    And the overall level is "3 Defined"
    When a business user raises the "Score at least" of band "MAT-LVL-BAND-3 Defined from 2.6" to 2.8 in "maturity/levels.drl.csv"
    Then the server serves a new rule version within 10 seconds
    When the analyst uploads the survey "examples/survey-wide.csv"
    Then the overall level is "2 Adopted"
    And the report is stamped with the new rule version

  Scenario: A broken rule file is reported with file and line while the previous rules keep serving
    Given the analyst notes the rule version being served
    When a business user misspells "mean" as "meen" in the rule "MAT-CAP-001" of "maturity/caps.drl"
    Then within 10 seconds the rules status reports an error in "maturity/caps.drl" on the line of that change
    And the rule version being served is unchanged
    When the analyst uploads the survey "examples/survey-wide.csv"
    Then the report is stamped with the noted rule version

  Scenario: A malformed row is reported by its line and the other rows are scored
    When the analyst uploads a survey with these rows:
      | respondent_id | department | GOV-01 | GOV-02         |
      | R1            | Marketing  | 4      | 5              |
      | R2            | Marketing  | 9      | 4              |
      | R3            | Data       | Agree  | Strongly agree |
      |               | Data       | 2      | 2              |
    Then 2 respondents are scored
    And line 3 is rejected because "answer '9' to GOV-01 is not accepted"
    And line 5 is rejected because "missing respondent id"

  Scenario: A forms-tool export is scored unedited
    When the analyst uploads the survey "examples/survey-forms-export.csv"
    Then 15 respondents are scored
    And no row is rejected

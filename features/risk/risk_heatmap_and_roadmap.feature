Feature: Risk heatmap and remediation roadmap from the risk register
  As a CDO, I want an independent AI maturity and risk assessment, so that I can prioritise
  remediation and reduce model failure and operational risk by a measurable amount within six months.

  Acceptance criteria served here:
  - a risk heatmap identifies the top 5 risks with Likelihood x Impact ratings and remediation
    prioritised by expected risk reduction;
  - a remediation roadmap with owners, timelines and measurable success criteria (e.g. test
    coverage %, model monitoring in place) is agreed.

  Background:
    Given the shipped risk rules are serving

  Scenario: The heatmap names the top 5 risks with their likelihood and impact
    When the analyst uploads the risk register "examples/risk-register.csv"
    Then the ranking is stored and can be fetched again by its link
    And the top 5 risks are:
      | rank | id   | likelihood | impact | score | band     |
      | 1    | R-01 | 4          | 5      | 20    | Critical |
      | 2    | R-02 | 4          | 4      | 16    | Critical |
      | 3    | R-03 | 4          | 4      | 16    | Critical |
      | 4    | R-04 | 3          | 5      | 15    | Critical |
      | 5    | R-07 | 5          | 3      | 15    | Critical |
    And the heatmap cell of likelihood 4 and impact 4 holds "R-02, R-03" and is coloured "Critical"
    And the heatmap picture for the slide colours that cell "#d73027" and shows the count 2
    And the report is stamped with the version of the rules that scored it

  Scenario: Remediation is prioritised by expected risk reduction for the money
    When the analyst uploads the risk register "examples/risk-register.csv"
    Then the first remediation actions are:
      | priority | risk | reduction | cost  |
      | 1        | R-14 | 2         | 2000  |
      | 2        | R-11 | 4         | 8000  |
      | 3        | R-05 | 6         | 15000 |
      | 4        | R-18 | 4         | 10000 |
    And the projected total risk falls from 191 to 119, a reduction of 37.7 %

  Scenario: The roadmap gives every action an owner, a timeline and a measurable success criterion
    When the analyst uploads the risk register "examples/risk-register.csv"
    Then the roadmap for "2027-01" lists "R-14, R-11, R-02"
    And the action for "R-02" is owned by "Head of ML Engineering", due "2027-01-31", and succeeds when "Model monitoring in place for 100% of production models"
    And only these actions are flagged as incomplete:
      | risk | missing           |
      | R-04 | owner             |
      | R-10 | due date          |
      | R-12 | success criterion |
    And rule "RISK-ESC-001" escalates "R-04" because it is Critical with no owner

  Scenario: A business user moves a band boundary and the heatmap colours and the top 5 change
    Given the analyst has uploaded the risk register "examples/risk-register.csv"
    And the top 5 risks are banded "Critical, Critical, Critical, Critical, Critical"
    When a business user raises the "Score at least" of band "RISK-BAND-CRIT Critical from 15" to 16 in "risk/bands.drl.csv"
    Then the server serves a new rule version within 10 seconds
    When the analyst uploads the risk register "examples/risk-register.csv"
    Then the top 5 risks are banded "Critical, Critical, Critical, High, High"
    And the heatmap cell of likelihood 3 and impact 5 holds "R-04" and is coloured "High"
    And the heatmap picture for the slide colours that cell "#fc8d59" and shows the count 1
    And the report is stamped with the new rule version

  Scenario: Weak dimensions of a maturity assessment add derived risks to the register
    Given the analyst has uploaded the survey "examples/survey-wide.csv"
    When the analyst uploads the risk register "examples/risk-register.csv" together with that assessment
    Then the register includes risk "DER-GOV-OVERSIGHT" raised by rule "RISK-DER-002" citing "Governance at level 2"
    And the top 5 risks include "DER-GOV-OVERSIGHT"

  Scenario: An unknown assessment is refused with a clear reason
    When the analyst uploads the risk register "examples/risk-register.csv" together with assessment 999999
    Then the upload is refused with status 422 saying "no stored maturity assessment #999999"

  Scenario: Bad rows are rejected by line and reason and the rest are ranked
    When the analyst uploads the risk register "examples/risk-register.csv"
    Then 18 risks are ranked
    And register line 20 is rejected because "likelihood '7' is out of range; accepted: 1-5 or Rare, Unlikely, Possible, Likely, Almost certain"
    And register line 21 is rejected because "impact 'Huge' is not a known label"
    And register line 22 is rejected because "duplicate risk id 'R-05' (first on line 6)"
    And register line 23 is rejected because "mitigated_likelihood 3 is above the inherent likelihood 2"

Feature: Surveys exported from Google Forms, Microsoft Forms and Qualtrics are scored unedited
  As a CDO, I want an independent AI maturity and risk assessment, so that I can prioritise
  remediation and reduce model failure and operational risk by a measurable amount within six months.

  The survey is run in whatever forms tool the client uses. A Likert battery in Google Forms is a
  multiple-choice grid whose columns read "Title [statement]"; Microsoft Forms writes the question
  as typed (often without the full stop, or with a question mark and curly apostrophes); Qualtrics
  puts question ids on line 1, the texts on line 2 and import ids on line 3.

  Background:
    Given the shipped maturity rules are serving

  Scenario Outline: Each export of the same 12 answers is scored like the plain file
    When the analyst uploads the survey "src/test/resources/maturity/forms/<export>"
    Then 12 respondents are scored
    And no row is rejected
    And the scores are those of "src/test/resources/maturity/forms/canonical-wide.csv"

    Examples:
      | export                |
      | google-forms-grid.csv |
      | microsoft-forms.csv   |
      | qualtrics.csv         |

  Scenario: A column that matches no question names the closest catalogue texts
    When the analyst tries to upload a survey with these rows:
      | respondent_id | Our organisation has a documented AI policy |
      | R1            | 4                                           |
    Then the upload is refused saying "'Our organisation has a documented AI policy' is closest to GOV-01 'Our organisation has a documented and approved AI policy.'"

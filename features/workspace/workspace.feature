@browser
Feature: The web workspace: sign in, upload, see, download, sign off, in a browser
  Analysts, business users and executives do not use curl. They sign in to the workspace in a
  browser, upload a file to a capability, read the result as an executive reads it, download its
  documents and sign off the engagement's artefacts; each sees only their engagements. (Issue 12.)

  Scenario: An analyst signs in, uploads the example survey and sees the rejected rows and the levels
    Given "ana", an analyst, signs in
    When they open "AI maturity" and upload "examples/survey-wide.csv"
    Then the upload and reading progress reach 100% and the result page opens
    And the result shows the level of each of the 5 dimensions
    And the rejected rows are listed with line, column and reason:
      | line | column    | reason                                  |
      | 42   | 5         | answer '7' to GOV-02 is not accepted    |
      | 43   | 1         | missing respondent id                   |
      | 44   | 1         | duplicate respondent 'R003'             |
    And the rejected rows download as CSV with the same 3 rows
    And the result offers a download of its "Text", "PDF" and "JSON" documents

  Scenario: A file the reader refuses is named next to the form, never as a stack trace
    Given "ana", an analyst, signs in
    When they open "AI risk" and upload "examples/survey-wide.csv"
    Then the form says the file is refused, naming where and why
    And the page shows no stack trace

  Scenario: An executive signs in and signs off the assessment on the engagement's dashboard
    Given an engagement "Contoso" whose maturity assessment is stored, with the executive "Dana Reyes"
    And "dana", the executive Dana Reyes and a member of it, signs in
    When the executive opens the engagement's dashboard
    And records a sign-off approving "AI maturity assessment" by "Dana Reyes" today
    Then the dashboard confirms the sign-off and the timeline reads "Dana Reyes approved AI maturity assessment"
    And the administrator's audit page lists the sign-off by "dana"

  Scenario: A sign-off dated in the future is refused next to its date field
    Given an engagement "Fabrikam" whose maturity assessment is stored, with the executive "Sam Ortiz"
    And "sam", the executive Sam Ortiz and a member of it, signs in
    When the executive opens the engagement's dashboard
    And records a sign-off approving "AI maturity assessment" by "Sam Ortiz" on a day next year
    Then the date field says the date is in the future and nothing is recorded

  Scenario: An unauthorised user is refused
    Given an engagement "Tailspin" whose maturity assessment is stored, with the executive "Lee Park"
    When nobody is signed in, opening the engagement's dashboard leads to the sign-in page
    And "vic", a viewer who is not a member of it, signs in
    Then the engagement is not in their list and its dashboard answers "Not found"
    And its maturity run's result page answers "Not found"
    And they are offered no upload form

  Scenario: Every page is readable at 1280 px and on a tablet, and keyboard reachable
    Given "ana", an analyst, signs in
    Then every page of the workspace has a label on every field and opens without an error

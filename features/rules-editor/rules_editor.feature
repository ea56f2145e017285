@browser
Feature: Business users edit rule tables in the browser, safely
  Business users are meant to change the rules (bands, levels, thresholds). They edit a draft of a
  rule base in a grid, see each value checked as they type, preview the effect on the latest stored
  runs, run the rule base's acceptance features against the draft, and publish with a comment; a
  failing scenario blocks publishing unless an administrator overrides it with a reason; a second
  editor is told who holds the rule base. (Issue 17.)

  Scenario: A rule editor raises the Critical band's minimum to 16; the features block it until an administrator publishes it with a reason
    Given the shipped risk rules are serving
    And the example risk register has been ranked
    And "rita", a rule editor, signs in
    When they open the "risk" rule base in the editor
    And set the "Score at least" of "RISK-BAND-CRIT Critical from 15" to "16" and save
    And preview the draft
    Then the preview says two risks move from "Critical" to "High"
    When they run the acceptance features of the draft
    Then the editor names the failing scenario "The heatmap names the top 5 risks with their likelihood and impact" with its step
    When they publish it with the comment "Critical from 16, agreed with the risk committee"
    Then publishing is refused, naming that scenario, and the rules serving are unchanged
    When "ada", an administrator, signs in and takes the draft over
    And they publish it with the comment "Critical from 16, agreed with the risk committee" and the reason "The committee moved the band; the features follow next sprint"
    Then the editor confirms that the new version serves
    And the rules page shows the new version with the reason "The committee moved the band; the features follow next sprint"
    And the heatmap of the next ranking shows a score of 15 as "High"

  Scenario: A roll back restores the bands that served before
    Given the shipped risk rules are serving
    And an administrator has published "Critical from 16" over the failing acceptance features, with a reason
    And "rita", a rule editor, signs in
    When they roll back to the version that served before, with the comment "The committee kept 15"
    Then the rules page says the version that served before serves again
    And the heatmap of the next ranking shows a score of 15 as "Critical"

  Scenario: A bad cell is marked as it is typed and publishing it is refused
    Given the shipped risk rules are serving
    And "rita", a rule editor, signs in
    When they open the "risk" rule base in the editor
    And type "sixteen" into the "Score at least" of "RISK-BAND-CRIT Critical from 15"
    Then the cell is marked with "'sixteen' is not a number"
    When they publish it with the comment "this should not go out"
    Then the publication is refused, the cell is marked and the rules serving are unchanged

  Scenario: A second editor meets the lock
    Given "rita", a rule editor, holds the draft of the "risk" rule base
    And "ravi", a rule editor, signs in
    When they open the "risk" rule base in the editor
    Then they are told that "rita" is editing it, since when, and are offered no grid

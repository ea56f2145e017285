package com.caio.engine.upskilling;

import com.caio.engine.upskilling.model.ModuleResults;
import com.caio.engine.upskilling.model.Programme;
import com.caio.engine.upskilling.model.SkillsSurvey;
import com.caio.engine.upskilling.model.TaskLog;

/**
 * A programme with its three files, each already aggregated as it was streamed; a file
 * not given is empty ({@code none()}).
 */
public record UpskillingInput(Programme programme, SkillsSurvey survey, ModuleResults results, TaskLog taskLog) {
}

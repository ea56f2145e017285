package com.caio.engine.engagement.model;

/**
 * Derived: a completed baseline skills assessment, from a stored upskilling run that
 * scored people against the skills catalogue or from a skills-assessment document.
 */
public record SkillsBaseline(Artefact artefact) {
}

package com.caio.engine.risk;

import java.util.List;

/**
 * A register as read, with the dimensions of the maturity assessment whose derived risks
 * join it (empty without {@code --assessment}).
 *
 * @param assessmentId the stored maturity assessment, or null
 */
record RiskInput(Register register, List<AssessedDimension> assessment, Long assessmentId) {
}

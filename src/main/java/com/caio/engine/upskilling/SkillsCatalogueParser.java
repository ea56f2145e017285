package com.caio.engine.upskilling;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import com.caio.engine.rules.CsvRuleData;
import com.caio.engine.rules.RuleMessage;
import com.caio.engine.upskilling.model.SkillTarget;
import com.caio.engine.upskilling.model.SkillsCatalogue;
import org.springframework.stereotype.Component;

/**
 * Reads {@code rules/upskilling/skills.csv} (skill_id, area, role, text, target), one row
 * per skill and role, reporting each bad cell by line and column.
 */
@Component
public class SkillsCatalogueParser extends CsvRuleData<SkillsCatalogue, SkillTarget> {

	static final List<String> COLUMNS = List.of("skill_id", "area", "role", "text", "target");

	public SkillsCatalogueParser() {
		super("upskilling/skills.csv", SkillsCatalogue.class, COLUMNS);
	}

	@Override
	protected SkillTarget row(Cells cells) {
		String id = cells.text(0);
		String area = cells.text(1);
		String role = SkillsCatalogue.normalise(cells.text(2));
		String text = cells.text(3);
		if (!id.matches("[A-Z][A-Z0-9]*(-[A-Z0-9]+)*")) {
			return cells.error(0, "skill id '" + id + "' must be capitals, digits and hyphens, such as PM-01");
		}
		if (area.isEmpty()) {
			return cells.error(1, "area must not be blank");
		}
		if (text.isEmpty()) {
			return cells.error(3, "text must not be blank");
		}
		if (!SkillsCatalogue.ROLES.contains(role) && !role.equals(SkillsCatalogue.EVERYONE)) {
			return cells.error(2, "role '" + cells.text(2) + "' is not one of "
					+ String.join(", ", SkillsCatalogue.ROLES) + ", " + SkillsCatalogue.EVERYONE);
		}
		int target = cells.whole(4, 0, 4, "a proficiency: a whole number from 0 to 4");
		return target < 0 ? null : new SkillTarget(id, area, role, text, target);
	}

	@Override
	protected SkillsCatalogue complete(String file, List<Line<SkillTarget>> rows, Consumer<RuleMessage> messages) {
		Set<String> seen = new HashSet<>();
		Map<String, SkillTarget> firstOf = new HashMap<>();
		boolean ok = true;
		for (Line<SkillTarget> line : rows) {
			SkillTarget t = line.value();
			SkillTarget first = firstOf.putIfAbsent(t.skill(), t);
			if (first != null && (!first.area().equals(t.area()) || !first.text().equals(t.text()))) {
				messages.accept(RuleMessage.error(file, line.line(), 2, "skill " + t.skill()
						+ " has another area or text than on its first row; a skill has one area and one text"));
				ok = false;
			}
			if (!seen.add(t.skill() + "|" + t.role())) {
				messages.accept(RuleMessage.error(file, line.line(), 3,
						"skill " + t.skill() + " has a second row for the role '" + t.role() + "'"));
				ok = false;
			}
		}
		if (rows.isEmpty()) {
			messages.accept(RuleMessage.error(file, 2, 1, "the catalogue has no skills"));
			return null;
		}
		return ok ? new SkillsCatalogue(rows.stream().map(Line::value).toList()) : null;
	}

}

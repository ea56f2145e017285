package com.caio.engine.upskilling;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import com.caio.engine.csv.CsvFormatException;
import com.caio.engine.csv.CsvRow;
import com.caio.engine.csv.CsvRows;
import com.caio.engine.rules.RuleDataParser;
import com.caio.engine.rules.RuleFile;
import com.caio.engine.rules.RuleMessage;
import com.caio.engine.upskilling.model.SkillTarget;
import com.caio.engine.upskilling.model.SkillsCatalogue;
import org.springframework.stereotype.Component;

/**
 * Reads {@code rules/upskilling/skills.csv} (skill_id, area, role, text, target), one row
 * per skill and role, reporting each bad cell by line and column.
 */
@Component
public class SkillsCatalogueParser implements RuleDataParser<SkillsCatalogue> {

	static final List<String> COLUMNS = List.of("skill_id", "area", "role", "text", "target");

	@Override
	public String relativePath() {
		return "upskilling/skills.csv";
	}

	@Override
	public Class<SkillsCatalogue> type() {
		return SkillsCatalogue.class;
	}

	@Override
	public SkillsCatalogue parse(RuleFile file, Consumer<RuleMessage> messages) {
		String name = file.displayPath();
		try (CsvRows rows = CsvRows.open(new ByteArrayInputStream(file.content()))) {
			List<String> header = Arrays.stream(rows.header()).map(h -> h.toLowerCase(Locale.ROOT)).toList();
			if (!header.equals(COLUMNS)) {
				messages.accept(RuleMessage.error(name, 1, 1,
						"header must be " + String.join(",", COLUMNS) + " but is " + String.join(",", header)));
				return null;
			}
			List<SkillTarget> targets = new ArrayList<>();
			Set<String> seen = new HashSet<>();
			Map<String, SkillTarget> firstOf = new HashMap<>();
			boolean ok = true;
			CsvRow row;
			while ((row = rows.next()) != null) {
				SkillTarget t = target(name, row, messages);
				if (t == null) {
					ok = false;
					continue;
				}
				SkillTarget first = firstOf.putIfAbsent(t.skill(), t);
				if (first != null && (!first.area().equals(t.area()) || !first.text().equals(t.text()))) {
					messages.accept(RuleMessage.error(name, (int) row.line(), 2, "skill " + t.skill()
							+ " has another area or text than on its first row; a skill has one area and one text"));
					ok = false;
				}
				if (!seen.add(t.skill() + "|" + t.role())) {
					messages.accept(RuleMessage.error(name, (int) row.line(), 3,
							"skill " + t.skill() + " has a second row for the role '" + t.role() + "'"));
					ok = false;
				}
				targets.add(t);
			}
			if (targets.isEmpty()) {
				messages.accept(RuleMessage.error(name, 2, 1, "the catalogue has no skills"));
				return null;
			}
			return ok ? new SkillsCatalogue(targets) : null;
		}
		catch (CsvFormatException ex) {
			messages.accept(RuleMessage.error(name, (int) ex.line(), ex.column(), ex.getMessage()));
			return null;
		}
		catch (java.io.IOException ex) {
			messages.accept(RuleMessage.error(name, 1, 1, "cannot read: " + ex.getMessage()));
			return null;
		}
	}

	private static SkillTarget target(String name, CsvRow row, Consumer<RuleMessage> messages) {
		int line = (int) row.line();
		if (row.values().length != COLUMNS.size()) {
			messages.accept(RuleMessage.error(name, line, 1,
					"expected " + COLUMNS.size() + " columns but found " + row.values().length));
			return null;
		}
		String id = row.value(0).strip();
		String area = row.value(1).strip();
		String role = SkillsCatalogue.normalise(row.value(2));
		String text = row.value(3).strip();
		if (!id.matches("[A-Z][A-Z0-9]*(-[A-Z0-9]+)*")) {
			messages.accept(RuleMessage.error(name, line, 1,
					"skill id '" + id + "' must be capitals, digits and hyphens, such as PM-01"));
			return null;
		}
		if (area.isEmpty() || text.isEmpty()) {
			messages.accept(RuleMessage.error(name, line, area.isEmpty() ? 2 : 4, "area and text must not be blank"));
			return null;
		}
		if (!SkillsCatalogue.ROLES.contains(role) && !role.equals(SkillsCatalogue.EVERYONE)) {
			messages.accept(RuleMessage.error(name, line, 3, "role '" + row.value(2).strip() + "' is not one of "
					+ String.join(", ", SkillsCatalogue.ROLES) + ", " + SkillsCatalogue.EVERYONE));
			return null;
		}
		String target = row.value(4).strip();
		if (!target.matches("[0-4]")) {
			messages.accept(RuleMessage.error(name, line, 5,
					"target '" + target + "' is not a proficiency; accepted: a whole number from 0 to 4"));
			return null;
		}
		return new SkillTarget(id, area, role, text, Integer.parseInt(target));
	}

}

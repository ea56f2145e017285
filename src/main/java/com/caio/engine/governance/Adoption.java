package com.caio.engine.governance;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.caio.engine.governance.model.Framework;
import com.caio.engine.governance.model.FrameworkFacts;
import com.caio.engine.governance.model.Quarter;

/**
 * The framework's adoption as of the pack's day: per team the share of the framework's
 * controls it runs, per control the share of relevant teams that run it; and the facts
 * the framework rules judge.
 */
final class Adoption {

	private Adoption() {
	}

	static GovernanceReport.FrameworkAdoption of(Framework f, Quarter quarter, LocalDate asOf) {
		List<String> controls = controls(f);
		Map<String, Framework.Role> roles = f.roles()
			.stream()
			.collect(Collectors.toMap(Framework.Role::id, Function.identity()));
		List<GovernanceReport.TeamShare> teams = f.teams()
			.stream()
			.map(t -> new GovernanceReport.TeamShare(t.name(), t.relevant(), t.adoptedOn(), t.evidence(),
					adopted(t, asOf) ? percent(runs(t, controls).size(), controls.size()) : 0))
			.toList();
		List<Framework.Team> relevant = f.teams().stream().filter(Framework.Team::relevant).toList();
		List<GovernanceReport.ControlShare> shares = new ArrayList<>();
		for (String control : controls) {
			int adopted = (int) relevant.stream()
				.filter(t -> adopted(t, asOf) && runs(t, controls).contains(control))
				.count();
			shares.add(new GovernanceReport.ControlShare(control, relevant.size(), adopted,
					percent(adopted, relevant.size())));
		}
		return new GovernanceReport.FrameworkAdoption(f.name(),
				f.roles().stream().map(r -> new GovernanceReport.Role(r.title(), r.holder(), r.controls())).toList(),
				f.escalations()
					.stream()
					.map(e -> new GovernanceReport.Escalation(e.trigger(),
							e.steps().stream().map(s -> roles.get(s).title()).toList(),
							roles.get(e.steps().get(e.steps().size() - 1)).executive()))
					.toList(),
				f.checks()
					.stream()
					.map(c -> new GovernanceReport.Check(c.title(), c.area(), last(c, asOf),
							inQuarter(c, quarter, asOf)))
					.toList(),
				teams, shares);
	}

	static List<Object> facts(Framework f, Quarter quarter, LocalDate asOf) {
		List<Object> facts = new ArrayList<>();
		Map<String, Framework.Role> roles = f.roles()
			.stream()
			.collect(Collectors.toMap(Framework.Role::id, Function.identity()));
		facts.add(new FrameworkFacts.FrameworkPresence(f.name() != null || !f.roles().isEmpty(), f.roles().size(),
				f.escalations().size(), f.checks().size(),
				(int) f.teams().stream().filter(Framework.Team::relevant).count()));
		f.roles().forEach(r -> facts.add(new FrameworkFacts.RoleFact(r.id(), r.title(), r.holder() != null)));
		f.escalations().forEach(e -> {
			Framework.Role last = roles.get(e.steps().get(e.steps().size() - 1));
			facts.add(new FrameworkFacts.EscalationFact(e.id(), e.trigger(), last.title(), last.executive()));
		});
		f.teams()
			.forEach(t -> facts
				.add(new FrameworkFacts.TeamFact(t.name(), t.relevant(), adopted(t, asOf), t.evidence() != null)));
		f.checks()
			.forEach(c -> facts.add(new FrameworkFacts.CheckFact(c.id(), c.title(), inQuarter(c, quarter, asOf))));
		return facts;
	}

	/** Every control id the framework's roles, paths and checks serve, sorted. */
	static List<String> controls(Framework f) {
		TreeSet<String> all = new TreeSet<>();
		f.roles().forEach(r -> all.addAll(r.controls()));
		f.escalations().forEach(e -> all.addAll(e.controls()));
		f.checks().forEach(c -> all.addAll(c.controls()));
		return List.copyOf(all);
	}

	private static boolean adopted(Framework.Team t, LocalDate asOf) {
		return t.adoptedOn() != null && !t.adoptedOn().isAfter(asOf);
	}

	private static List<String> runs(Framework.Team t, List<String> controls) {
		return t.controls().isEmpty() ? controls : t.controls().stream().filter(controls::contains).toList();
	}

	private static LocalDate last(Framework.Check c, LocalDate asOf) {
		return c.evidencedOn().stream().filter(d -> !d.isAfter(asOf)).reduce((a, b) -> b).orElse(null);
	}

	private static boolean inQuarter(Framework.Check c, Quarter quarter, LocalDate asOf) {
		return c.evidencedOn().stream().anyMatch(d -> quarter.contains(d) && !d.isAfter(asOf));
	}

	static double percent(int part, int whole) {
		return whole == 0 ? 0 : Math.round(part * 1000.0 / whole) / 10.0;
	}

}

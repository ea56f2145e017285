package com.caio.engine.upskilling;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

import com.caio.engine.upskilling.UpskillingReport.GroupScore;
import com.caio.engine.upskilling.UpskillingReport.SkillScore;
import com.caio.engine.upskilling.model.SkillCount;
import com.caio.engine.upskilling.model.SkillGap;
import com.caio.engine.upskilling.model.SkillTarget;
import com.caio.engine.upskilling.model.SkillsCatalogue;
import com.caio.engine.upskilling.model.SkillsSurvey;
import com.caio.engine.upskilling.model.TeamSkill;

/**
 * The arithmetic of the baseline: the survey's counts per skill, role and team summed
 * into skills, areas, roles and teams. A share at target is people-weighted: answers at
 * or above the role's target over answers assessed, each person counting once per skill
 * their role needs.
 */
final class BaselineScores {

	private final SkillsCatalogue catalogue;

	private final SkillsSurvey survey;

	BaselineScores(SkillsCatalogue catalogue, SkillsSurvey survey) {
		this.catalogue = catalogue;
		this.survey = survey;
	}

	/** One fact per skill and role, the teams summed. */
	List<SkillGap> gaps() {
		Map<String, int[]> byRole = new TreeMap<>();
		for (SkillCount c : survey.counts()) {
			int[] h = byRole.computeIfAbsent(c.skill() + "\u0000" + c.role(), k -> new int[5]);
			for (int level = 0; level < 5; level++) {
				h[level] += c.people()[level];
			}
		}
		List<SkillGap> gaps = new ArrayList<>();
		byRole.forEach((key, h) -> {
			String[] k = key.split("\u0000");
			SkillCount sum = new SkillCount(k[0], k[1], "", h);
			SkillTarget t = catalogue.target(k[0], k[1]).orElseThrow();
			int n = sum.assessed();
			gaps.add(new SkillGap(k[0], t.area(), k[1], t.text(), t.target(), n, n == 0 ? 0 : (double) sum.sum() / n,
					sum.atOrAbove(t.target())));
		});
		return gaps;
	}

	List<TeamSkill> teamSkills() {
		List<TeamSkill> teams = new ArrayList<>();
		for (SkillCount c : survey.counts()) {
			SkillTarget t = catalogue.target(c.skill(), c.role()).orElseThrow();
			teams.add(new TeamSkill(c.team(), c.role(), c.skill(), t.text(), t.target(), c.assessed(),
					c.atOrAbove(t.target())));
		}
		return teams;
	}

	static List<SkillScore> skills(List<SkillGap> gaps, java.util.Set<String> critical) {
		List<SkillScore> scores = new ArrayList<>();
		Map<String, List<SkillGap>> bySkill = new TreeMap<>();
		gaps.forEach(g -> bySkill.computeIfAbsent(g.skill(), k -> new ArrayList<>()).add(g));
		bySkill.forEach((skill, roles) -> {
			int n = 0;
			int at = 0;
			double sum = 0;
			double gap = 0;
			for (SkillGap g : roles) {
				n += g.assessed();
				at += g.atTarget();
				sum += g.mean() * g.assessed();
				gap += g.gap() * g.assessed();
				scores.add(new SkillScore(skill, g.area(), g.text(), g.role(), g.target(), g.assessed(), g.mean(),
						g.gap(), g.atTarget(), g.share(), critical.contains(skill + "|" + g.role())));
			}
			SkillGap first = roles.get(0);
			scores.add(new SkillScore(skill, first.area(), first.text(), "all", null, n, n == 0 ? 0 : sum / n,
					n == 0 ? 0 : gap / n, at, n == 0 ? 0 : (double) at / n,
					roles.stream().anyMatch(g -> critical.contains(skill + "|" + g.role()))));
		});
		return scores;
	}

	static List<GroupScore> areas(List<SkillGap> gaps, SkillsSurvey survey) {
		Map<String, java.util.Set<String>> rolesOf = new TreeMap<>();
		gaps.forEach(g -> rolesOf.computeIfAbsent(g.area(), k -> new java.util.TreeSet<>()).add(g.role()));
		return group(gaps, SkillGap::area,
				area -> rolesOf.get(area).stream().mapToInt(r -> survey.people().getOrDefault(r, 0)).sum());
	}

	static List<GroupScore> roles(List<SkillGap> gaps, SkillsSurvey survey) {
		return group(gaps, SkillGap::role, role -> survey.people().getOrDefault(role, 0));
	}

	static List<GroupScore> teams(List<TeamSkill> teams, SkillsSurvey survey) {
		List<SkillGap> asGaps = teams.stream()
			.map(t -> new SkillGap(t.skill(), t.team(), t.role(), t.text(), t.target(), t.assessed(), 0, t.atTarget()))
			.toList();
		List<GroupScore> scores = group(asGaps, SkillGap::area, team -> survey.teams().getOrDefault(team, 0));
		// a team's gap is not kept per team (only its counts), so it is left out
		return scores.stream()
			.map(s -> new GroupScore(s.group(), s.people(), s.answers(), s.atTarget(), s.share(), null))
			.toList();
	}

	static double share(List<SkillGap> gaps) {
		int n = gaps.stream().mapToInt(SkillGap::assessed).sum();
		return n == 0 ? 0 : (double) gaps.stream().mapToInt(SkillGap::atTarget).sum() / n;
	}

	private static List<GroupScore> group(List<SkillGap> gaps, Function<SkillGap, String> key,
			Function<String, Integer> people) {
		Map<String, double[]> sums = new TreeMap<>();
		for (SkillGap g : gaps) {
			double[] s = sums.computeIfAbsent(key.apply(g), k -> new double[3]);
			s[0] += g.assessed();
			s[1] += g.atTarget();
			s[2] += g.gap() * g.assessed();
		}
		List<GroupScore> scores = new ArrayList<>();
		sums.forEach((group, s) -> scores.add(new GroupScore(group, people.apply(group), (int) s[0], (int) s[1],
				s[0] == 0 ? 0 : s[1] / s[0], s[0] == 0 ? 0 : s[2] / s[0])));
		return scores;
	}

}

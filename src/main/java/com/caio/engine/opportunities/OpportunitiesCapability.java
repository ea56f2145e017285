package com.caio.engine.opportunities;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.caio.engine.opportunities.model.Backlog;
import com.caio.engine.opportunities.model.MvpPlan;
import com.caio.engine.opportunities.render.BacklogWorkbook;
import com.caio.engine.opportunities.render.BubbleChart;
import com.caio.engine.opportunities.render.OnePager;
import com.caio.engine.opportunities.render.OpportunitiesText;
import com.caio.engine.opportunities.render.TimelineChart;
import com.caio.engine.rules.RuleSet;
import com.caio.engine.run.AbstractCapability;
import com.caio.engine.run.Document;
import com.caio.engine.run.Legacy;
import com.caio.engine.run.Source;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Opportunities: a workshop backlog ranked by the method {@code rules/opportunities/}
 * chooses with go/no-go for its top use cases, and an MVP plan's time to MVP
 * internal-only against assisted. The file is a backlog (CSV or YAML) or a plan (YAML
 * with {@code tasks}); {@code --plan} or {@code --backlog} adds the other.
 */
@Component
class OpportunitiesCapability extends AbstractCapability<OpportunitiesInput, OpportunitiesReport> {

	static final String KIND = "opportunities";

	static final String METHOD = "method";

	static final String PLAN = "plan";

	static final String BACKLOG = "backlog";

	OpportunitiesCapability() {
		super(KIND, OpportunitiesReport.class);
	}

	@Override
	public Set<String> options() {
		return Set.of(METHOD);
	}

	@Override
	public Set<String> attachments() {
		return Set.of(PLAN, BACKLOG);
	}

	@Override
	public OpportunitiesInput read(Source source, RuleSet rules) {
		boolean plan = isPlan(source);
		Source backlog = plan ? source.attachment(BACKLOG) : source;
		Source mvp = plan ? source : source.attachment(PLAN);
		return new OpportunitiesInput(backlog == null ? null : backlog(backlog, source.option(METHOD)),
				mvp == null ? null : plan(mvp, rules));
	}

	@Override
	public OpportunitiesReport assess(OpportunitiesInput input, RuleSet rules) {
		return OpportunitiesAssessor.assess(rules, input.backlog(), input.plan());
	}

	@Override
	public List<Document<OpportunitiesReport>> documents() {
		return List.of(Document.text(OpportunitiesText::render),
				Document.svg(run -> BubbleChart.svg(backlog(run.result()), labelTop(run.result()))),
				Document.png(run -> BubbleChart.png(backlog(run.result()), labelTop(run.result()))),
				new Document<>("timeline", "image/png", run -> TimelineChart.png(plan(run.result()), 960, 600)),
				new Document<>("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
						run -> BacklogWorkbook.render(run.result())),
				Document.pdf(run -> OnePager.render(run.result(), labelTop(run.result()),
						"Prepared on " + run.at().atZone(java.time.ZoneOffset.UTC).toLocalDate() + " from "
								+ run.input().name() + ".")));
	}

	@Override
	public Legacy legacy() {
		return new Legacy(List.of(List.of(KIND, "rank"), List.of(KIND, "mvp-plan")), null, Map.of(),
				Map.of("chart", ""));
	}

	private static OpportunitiesReport.Backlog backlog(OpportunitiesReport report) {
		if (report.backlog() == null) {
			throw new com.caio.engine.common.NotFoundException("this run has no backlog; upload one to chart it");
		}
		return report.backlog();
	}

	private static OpportunitiesReport.MvpPlan plan(OpportunitiesReport report) {
		if (report.mvpPlan() == null) {
			throw new com.caio.engine.common.NotFoundException("this run has no MVP plan; upload one for its timeline");
		}
		return report.mvpPlan();
	}

	private static int labelTop(OpportunitiesReport report) {
		return (int) report.policy()
			.stream()
			.filter(p -> p.key().equals("chart.labelTop"))
			.mapToDouble(OpportunitiesReport.Policy::value)
			.findFirst()
			.orElse(3);
	}

	/** A YAML or JSON file with a top-level {@code tasks} list is a plan. */
	private static boolean isPlan(Source source) {
		String name = source.name().toLowerCase(Locale.ROOT);
		if (!name.endsWith(".yaml") && !name.endsWith(".yml") && !name.endsWith(".json")) {
			return false;
		}
		try (InputStream in = source.open()) {
			JsonNode root = YAMLMapper.builder().build().readTree(in);
			return root != null && root.has("tasks");
		}
		catch (JacksonException ex) {
			return false;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static Backlog backlog(Source source, String method) {
		try (InputStream in = source.open()) {
			return new BacklogReader().read(in, source.name(), method);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static MvpPlan plan(Source source, RuleSet rules) {
		try (InputStream in = source.open()) {
			return new PlanReader().read(in, OpportunitiesAssessor.defaultDraws(rules));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}

package com.caio.engine.opportunities.render;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import com.caio.engine.opportunities.OpportunitiesService;

/**
 * The documents of a run by name, with their media types; the REST and CLI adapters both
 * use it.
 */
public final class OpportunitiesDocuments {

	/** A rendered document. */
	public record Rendered(String mediaType, byte[] bytes) {
	}

	public static final List<String> NAMES = List.of("report.txt", "bubble.svg", "bubble.png", "timeline.png",
			"workbook.xlsx", "one-pager.pdf");

	private OpportunitiesDocuments() {
	}

	/** Empty when the name is unknown or the run lacks the section the document needs. */
	public static Optional<Rendered> render(OpportunitiesService.Run run, String name) {
		var report = run.result();
		int labelTop = (int) report.policy()
			.stream()
			.filter(p -> p.key().equals("chart.labelTop"))
			.mapToDouble(p -> p.value())
			.findFirst()
			.orElse(3);
		boolean backlog = report.backlog() != null;
		boolean plan = report.mvpPlan() != null;
		return Optional.ofNullable(switch (name) {
			case "report.txt" -> new Rendered("text/plain;charset=UTF-8",
					OpportunitiesText.render(run).getBytes(StandardCharsets.UTF_8));
			case "bubble.svg" -> backlog ? new Rendered("image/svg+xml",
					BubbleChart.svg(report.backlog(), labelTop).getBytes(StandardCharsets.UTF_8)) : null;
			case "bubble.png" ->
				backlog ? new Rendered("image/png", BubbleChart.png(report.backlog(), labelTop)) : null;
			case "timeline.png" ->
				plan ? new Rendered("image/png", TimelineChart.png(report.mvpPlan(), 960, 600)) : null;
			case "workbook.xlsx" -> new Rendered("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
					BacklogWorkbook.render(report));
			case "one-pager.pdf" -> new Rendered("application/pdf",
					OnePager.render(report, labelTop,
							"Prepared on " + Labels.date(run.at().atZone(java.time.ZoneOffset.UTC).toLocalDate())
									+ " from " + run.input().name() + "."));
			default -> null;
		});
	}

}

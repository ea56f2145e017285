package com.caio.engine.ruleeditor;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.caio.engine.rules.EditableTable;
import com.caio.engine.rules.RuleFile;
import com.caio.engine.rules.RuleMessage;
import com.caio.engine.rules.RuleRuntime;
import com.caio.engine.run.Capability;
import com.caio.engine.run.Runs;
import com.caio.engine.storage.Run;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * What publishing a draft would do, without publishing: the whole set compiled (errors at
 * file:row:column), the tables' checks (gaps, overlaps, rows that never fire), and the
 * latest stored runs of the rule base's capability re-run under the draft, their
 * differences in sentences.
 */
@Service
class Preview {

	/** One re-run stored run: changed or not, in sentences, or why it was not re-run. */
	public record RunEffect(String kind, long id, String input, String outcome, List<String> sentences) {
	}

	/** The preview of a draft. */
	public record Report(String folder, String version, boolean compiles, List<String> errors, List<String> warnings,
			List<String> tableFindings, List<RunEffect> runs) {
	}

	static final int SENTENCES_PER_RUN = 12;

	private final RuleRuntime runtime;

	private final Runs runs;

	private final Rerun rerun;

	private final int previewRuns;

	Preview(RuleRuntime runtime, Runs runs, Rerun rerun, @Value("${caio.rules.preview-runs:20}") int previewRuns) {
		this.runtime = runtime;
		this.runs = runs;
		this.rerun = rerun;
		this.previewRuns = previewRuns;
	}

	Report of(String folder, Map<String, byte[]> wholeSet) {
		RuleRuntime.Candidate candidate = runtime.compile(wholeSet);
		List<String> errors = candidate.messages().stream().filter(RuleMessage::isError).map(this::shown).toList();
		List<String> warnings = candidate.messages().stream().filter(m -> !m.isError()).map(this::shown).toList();
		List<String> findings = new ArrayList<>();
		wholeSet.forEach((path, content) -> {
			if (Drafts.folderOf(path).equals(folder) && RuleFile.kindOf(path) != RuleFile.Kind.DRL
					&& RuleFile.kindOf(path) != RuleFile.Kind.DATA) {
				EditableTable.rows(path, content, new ArrayList<>())
					.ifPresent(rows -> TableChecks.check(path, rows).forEach(m -> findings.add(shown(m))));
			}
		});
		List<RunEffect> effects = candidate.compiled() ? effects(folder, candidate) : List.of();
		return new Report(folder, candidate.version(), candidate.compiled(), errors, warnings, findings, effects);
	}

	private List<RunEffect> effects(String folder, RuleRuntime.Candidate candidate) {
		boolean owned = runs.capabilities().stream().anyMatch(c -> c.kind().equals(folder));
		if (!owned || previewRuns <= 0) {
			return List.of();
		}
		Capability<?, ?> capability = runs.capability(folder);
		List<RunEffect> effects = new ArrayList<>();
		for (Run<Void> listed : runs.list(folder, previewRuns)) {
			String input = listed.input() == null ? "" : listed.input().name();
			Run<?> run = runs.find(capability, listed.id());
			try {
				Rerun.Comparison comparison = rerun.under(capability, run, candidate.ruleSet());
				List<String> sentences = Effects.sentences(rerun.stored(run), comparison.differences(),
						SENTENCES_PER_RUN);
				effects.add(new RunEffect(folder, run.id(), input, comparison.identical() ? "unchanged" : "changed",
						sentences));
			}
			catch (EditorProblem ex) {
				effects.add(new RunEffect(folder, run.id(), input, "not re-run", List.of(ex.getMessage())));
			}
			catch (RuntimeException ex) {
				effects.add(new RunEffect(folder, run.id(), input, "fails",
						List.of("the draft fails on this run: " + ex.getMessage())));
			}
		}
		return effects;
	}

	private String shown(RuleMessage message) {
		return message.toString();
	}

}

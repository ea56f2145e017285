package com.caio.engine.upskilling;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Set;

import com.caio.engine.common.BadInputException;
import com.caio.engine.common.Refusal;
import com.caio.engine.input.InputFields;
import com.caio.engine.rules.RuleSet;
import com.caio.engine.run.AbstractCapability;
import com.caio.engine.run.Document;
import com.caio.engine.run.Source;
import com.caio.engine.upskilling.model.ModuleResults;
import com.caio.engine.upskilling.model.Programme;
import com.caio.engine.upskilling.model.SkillsCatalogue;
import com.caio.engine.upskilling.model.SkillsSurvey;
import com.caio.engine.upskilling.model.TaskLog;
import com.caio.engine.upskilling.render.ProgressReportPdf;
import com.caio.engine.upskilling.render.ShiftChart;
import com.caio.engine.upskilling.render.UpskillingText;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * Upskilling: a programme file (YAML) with its curriculum names a skills survey, a module
 * results CSV and a monthly task log; {@code --survey}, {@code --results} and
 * {@code --tasklog} (multipart parts of the same names) give them instead, and are the
 * only way for an upload. Judged by {@code rules/upskilling/}; documents: text, the shift
 * chart (svg, png) and the quarterly progress report (pdf).
 */
@Component
class UpskillingCapability extends AbstractCapability<UpskillingInput, UpskillingReport> {

	static final String KIND = "upskilling";

	static final String SURVEY = "survey";

	static final String RESULTS = "results";

	static final String TASKLOG = "tasklog";

	/** A programme file is a few kilobytes; anything much larger is not one. */
	static final int MAX_BYTES = 1 << 20;

	private final ProgrammeReader programmes = new ProgrammeReader();

	private final UpskillingAssessor assessor = new UpskillingAssessor();

	UpskillingCapability() {
		super(KIND, UpskillingReport.class);
	}

	@Override
	public Set<String> attachments() {
		return Set.of(SURVEY, RESULTS, TASKLOG);
	}

	@Override
	public UpskillingInput read(Source source, RuleSet rules) {
		JsonNode root = InputFields.parse(source.bytes(MAX_BYTES), source.name(), "an upskilling programme file");
		SkillsCatalogue catalogue = rules.data(SkillsCatalogue.class);
		Programme programme = programmes.read(root, catalogue);
		ProgrammeReader.References refs = programmes.references(root);
		Source survey = file(source, SURVEY, "survey", refs.survey());
		Source results = file(source, RESULTS, "results", refs.results());
		Source log = file(source, TASKLOG, "taskLog", refs.taskLog());
		SkillsSurvey s = survey == null ? SkillsSurvey.none()
				: read(survey, in -> new SkillsSurveyReader(catalogue).read(in)).named(survey.name());
		ModuleResults r = results == null ? ModuleResults.none()
				: read(results, in -> new ModuleResultsReader(programme).read(in)).named(results.name());
		TaskLog t = log == null ? TaskLog.none() : read(log, in -> new TaskLogReader().read(in)).named(log.name());
		if (!t.months().isEmpty() && t.months().stream().noneMatch(m -> programme.monthOf(m.month()) <= 0)) {
			throw new BadInputException("taskLog", "the task log has no month before the programme's start ("
					+ programme.start() + "); the baseline needs at least one month logged before it");
		}
		return new UpskillingInput(programme, s, r, t);
	}

	@Override
	public UpskillingReport assess(UpskillingInput input, RuleSet rules) {
		return assessor.assess(rules, input);
	}

	@Override
	public List<Document<UpskillingReport>> documents() {
		return List.of(Document.text(UpskillingText::render), Document.svg(run -> ShiftChart.svg(run.result())),
				Document.png(run -> ShiftChart.png(run.result())), Document.pdf(ProgressReportPdf::render));
	}

	/**
	 * The attachment if given, else the file the programme names, resolved beside it on
	 * the command line; null when neither.
	 */
	private static Source file(Source source, String attachment, String field, String reference) {
		Source given = source.attachment(attachment);
		if (given != null || reference == null) {
			return given;
		}
		Source beside = source.beside(reference);
		if (beside == null) {
			throw new BadInputException(field, "names '" + reference + "', but the files an upload names are not "
					+ "followed; send it as the part '" + attachment + "'");
		}
		if (!Files.isReadable(beside.path())) {
			throw new BadInputException(field, "cannot read " + reference + " beside the programme file");
		}
		return beside;
	}

	private interface Parse<T> {

		T parse(InputStream in) throws IOException;

	}

	private static <T> T read(Source file, Parse<T> parse) {
		try (InputStream in = file.open()) {
			return parse.parse(in);
		}
		catch (Refusal ex) {
			throw ex.inFile(file.name());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}

package com.caio.engine.engagement;

import java.lang.reflect.RecordComponent;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.caio.engine.engagement.artefact.ArtefactReader;
import com.caio.engine.engagement.model.Access;
import com.caio.engine.engagement.model.Artefact;
import com.caio.engine.engagement.model.ArtefactContent;
import com.caio.engine.engagement.model.Decision;
import com.caio.engine.engagement.model.Deliverable;
import com.caio.engine.engagement.model.Engagement;
import com.caio.engine.engagement.model.EngagementEvent;
import com.caio.engine.engagement.model.EngagementRecord;
import com.caio.engine.engagement.model.EngagementRecords;
import com.caio.engine.engagement.model.EngagementStatus;
import com.caio.engine.engagement.model.Incident;
import com.caio.engine.engagement.model.Introduction;
import com.caio.engine.engagement.model.Measurement;
import com.caio.engine.engagement.model.Meeting;
import com.caio.engine.engagement.model.Person;
import com.caio.engine.engagement.model.SignOff;
import com.caio.engine.engagement.model.Iteration;
import com.caio.engine.engagement.model.Training;
import com.caio.engine.rules.RuleRuntime;
import com.caio.engine.rules.RuleSet;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Records engagements and judges them: imports a file, appends one record at a time (each
 * checked against what is recorded, all or nothing), gives the status of every story as
 * of a day, and verifies the hash chain.
 */
@Service
public class EngagementService {

	static final Map<String, Class<? extends EngagementRecord>> KINDS = Map.ofEntries(Map.entry("person", Person.class),
			Map.entry("artefact", Artefact.class), Map.entry("sign-off", SignOff.class),
			Map.entry("decision", Decision.class), Map.entry("meeting", Meeting.class),
			Map.entry("deliverable", Deliverable.class), Map.entry("access", Access.class),
			Map.entry("introduction", Introduction.class), Map.entry("training", Training.class),
			Map.entry("measurement", Measurement.class), Map.entry("incident", Incident.class),
			Map.entry("iteration", Iteration.class));

	/** What an import stored. */
	public record Imported(long id, String client, String title, int people, int artefacts, int events,
			String headHash) {
	}

	/** An engagement in a listing. */
	public record Listed(long id, String client, String title, LocalDate start, int records, String href) {
	}

	/**
	 * The decision kinds and the outcomes each accepts, and the meeting kinds (for
	 * forms).
	 */
	public static final Map<String, java.util.Set<String>> DECISION_OUTCOMES = RecordReader.DECISION_OUTCOMES;

	public static final java.util.Set<String> MEETING_KINDS = RecordReader.MEETING_KINDS;

	private final EngagementStore store;

	private final EngagementFileReader files;

	private final RuleRuntime rules;

	private final Map<String, ArtefactReader> readers;

	private final JsonMapper json;

	private final Clock clock;

	public EngagementService(EngagementStore store, EngagementFileReader files, RuleRuntime rules,
			List<ArtefactReader> readers, JsonMapper json) {
		this.store = store;
		this.files = files;
		this.rules = rules;
		this.readers = readers.stream().collect(Collectors.toMap(ArtefactReader::kind, Function.identity()));
		this.json = json;
		this.clock = Clock.systemDefaultZone();
	}

	/** The engagements with these ids (those that exist), oldest first. */
	public List<Listed> list(List<Long> ids) {
		return store.list(ids);
	}

	public Imported importFile(Path file) {
		return importTree(files.tree(file));
	}

	/** Checks every record of the file, then stores them all in one transaction. */
	@Transactional
	public Imported importTree(JsonNode root) {
		EngagementFileReader.EngagementFile file = files.read(root);
		EngagementRecords records = new EngagementRecords(file.engagement(), List.of());
		LocalDate today = LocalDate.now(clock);
		if (file.engagement().start().isAfter(today)) {
			throw new com.caio.engine.common.BadInputException("start",
					file.engagement().start() + " is in the future: it is after the recording date " + today);
		}
		for (EngagementFileReader.Item item : file.items()) {
			String defaultId = "E" + (records.records().size() + 1);
			EngagementRecord record = new RecordReader(records, today, readers).read(item.node(), item.path(),
					defaultId);
			List<EngagementRecord> more = new ArrayList<>(records.records());
			more.add(record);
			records = new EngagementRecords(file.engagement(), more);
		}
		Instant now = clock.instant();
		long id = store.create(file.engagement(), now);
		EngagementStore.Head head = store.lock(id).orElseThrow();
		List<EngagementStore.NewRow> rows = new ArrayList<>();
		rows.add(row(id, 0, "engagement", "engagement", file.engagement(), now));
		for (EngagementRecord record : records.records()) {
			rows.add(row(id, rows.size(), record.id(), kindOf(record), record, now));
		}
		store.append(head, rows, now);
		String headHash = store.head(id).orElseThrow().headHash();
		return new Imported(id, file.engagement().client(), file.engagement().title(), records.people().size(),
				records.artefacts().size(), records.events().size(), headHash);
	}

	/** Checks one record against the engagement's records and appends it. */
	@Transactional
	public EngagementRecord append(long id, JsonNode node) {
		EngagementStore.Head head = store.lock(id).orElseThrow(() -> new EngagementNotFoundException(id));
		EngagementRecords records = records(id);
		String defaultId = "E" + head.records();
		EngagementRecord record = new RecordReader(records, LocalDate.now(clock), readers).read(node, "", defaultId);
		Instant now = clock.instant();
		store.append(head, List.of(row(id, head.records(), record.id(), kindOf(record), record, now)), now);
		return record;
	}

	/**
	 * The locale the engagement's dates and numbers are written in, read from its header
	 * row alone.
	 */
	public java.util.Locale locale(long id) {
		return store.header(id)
			.map(content -> json.treeToValue(json.readTree(content).get("record"), Engagement.class).writtenIn())
			.orElse(Engagement.DEFAULT_LOCALE);
	}

	/** The engagement's records as stored, replayed from its rows. */
	public EngagementRecords records(long id) {
		List<HashChain.Row> rows = store.rows(id);
		if (rows.isEmpty()) {
			throw new EngagementNotFoundException(id);
		}
		Engagement engagement = null;
		List<EngagementRecord> records = new ArrayList<>();
		for (HashChain.Row row : rows) {
			JsonNode record = json.readTree(row.content()).get("record");
			if (row.kind().equals("engagement")) {
				engagement = json.treeToValue(record, Engagement.class);
			}
			else {
				records.add(json.treeToValue(record, KINDS.get(row.kind())));
			}
		}
		return new EngagementRecords(engagement, records);
	}

	/** Every story judged as of {@code day} (today when null). */
	public EngagementStatus status(long id, LocalDate day) {
		LocalDate asOf = day == null ? LocalDate.now(clock) : day;
		EngagementRecords records = records(id);
		RuleSet ruleSet = rules.current();
		List<ArtefactContent> contents = new ArrayList<>();
		for (Artefact artefact : records.artefacts()) {
			if (artefact.isRun()) {
				Optional.ofNullable(readers.get(artefact.runKind()))
					.flatMap(reader -> reader.read(artefact))
					.ifPresent(contents::add);
			}
		}
		Engagement e = records.engagement();
		return new EngagementStatus(id, e.client(), e.title(), e.start(), e.lead(), asOf, ruleSet.version(),
				records.records().size(), AcceptanceRules.judge(ruleSet, records, asOf, contents));
	}

	/** Recomputes the hash chain and names the first row that does not match. */
	public HashChain.Verdict audit(long id) {
		EngagementStore.Head head = store.head(id).orElseThrow(() -> new EngagementNotFoundException(id));
		return HashChain.verify(json, store.rows(id), head.records(), head.headHash());
	}

	/** The engagement as JSON: header and records with their kinds, in recorded order. */
	public ObjectNode view(long id) {
		EngagementRecords records = records(id);
		ObjectNode view = json.createObjectNode();
		view.put("id", id);
		view.set("engagement", json.valueToTree(records.engagement()));
		var list = view.putArray("records");
		for (EngagementRecord record : records.records()) {
			ObjectNode node = components(record);
			node.put("kind", kindOf(record));
			list.add(node);
		}
		return view;
	}

	public String toJson(Object value) {
		return json.writerWithDefaultPrettyPrinter().writeValueAsString(value);
	}

	private EngagementStore.NewRow row(long engagementId, int seq, String recordId, String kind, Object record,
			Instant at) {
		ObjectNode content = json.createObjectNode();
		content.put("engagement", engagementId);
		content.put("seq", seq);
		content.put("id", recordId);
		content.put("kind", kind);
		content.put("recordedAt", at.toString());
		content.set("record", components(record));
		return new EngagementStore.NewRow(recordId, kind, HashChain.canonical(json, content));
	}

	/**
	 * A record's components only (no derived getters), so the stored form is its data.
	 */
	private ObjectNode components(Object record) {
		ObjectNode node = json.createObjectNode();
		for (RecordComponent component : record.getClass().getRecordComponents()) {
			try {
				node.set(component.getName(), json.valueToTree(component.getAccessor().invoke(record)));
			}
			catch (ReflectiveOperationException ex) {
				throw new IllegalStateException(ex);
			}
		}
		return node;
	}

	private static String kindOf(EngagementRecord record) {
		if (record instanceof Person) {
			return "person";
		}
		if (record instanceof Artefact) {
			return "artefact";
		}
		return ((EngagementEvent) record).kind();
	}

	Map<String, ArtefactReader> readers() {
		return new HashMap<>(readers);
	}

}

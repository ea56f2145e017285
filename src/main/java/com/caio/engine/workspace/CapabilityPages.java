package com.caio.engine.workspace;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.Map;

import com.caio.engine.common.Refusal;
import com.caio.engine.engagement.EngagementService;
import com.caio.engine.run.Capability;
import com.caio.engine.run.Runs;
import com.caio.engine.run.Source;
import com.caio.engine.security.Access;
import com.caio.engine.security.Role;
import com.caio.engine.storage.Run;
import com.caio.engine.storage.RunScope;
import com.caio.engine.storage.UploadStore;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import tools.jackson.databind.json.JsonMapper;

/**
 * The pages every capability gets from the shared shape: its runs and the upload form
 * ({@code /w/{kind}}), a run's result ({@code /w/{kind}/{id}}) and its rejected rows as
 * CSV. An upload runs on a worker ({@code POST /w/{kind}/jobs}, polled at
 * {@code /w/jobs/{id}}); without script the form posts to {@code /w/{kind}} and waits.
 */
@Controller
class CapabilityPages {

	private final Runs runs;

	private final UploadStore uploads;

	private final Jobs jobs;

	private final JsonMapper json;

	private final Access access;

	private final EngagementService engagements;

	CapabilityPages(Runs runs, UploadStore uploads, Jobs jobs, JsonMapper json, Access access,
			EngagementService engagements) {
		this.runs = runs;
		this.uploads = uploads;
		this.jobs = jobs;
		this.json = json;
		this.access = access;
		this.engagements = engagements;
	}

	@GetMapping("/w/{kind}")
	String list(@PathVariable String kind, Authentication auth, Model model) {
		Capability<?, ?> capability = runs.capability(kind);
		model.addAttribute("capability", capability);
		model.addAttribute("label", Labels.capability(kind));
		model.addAttribute("runs", runs.list(kind, 50, access.runs(auth)));
		model.addAttribute("canRun", access.hasRole(auth, Role.ANALYST));
		model.addAttribute("engagements", engagements.list(access.engagementsOf(auth)));
		return "workspace/capability";
	}

	/** Without script: reads, runs and shows the result, or the form with the refusal. */
	@PostMapping("/w/{kind}")
	String run(@PathVariable String kind, HttpServletRequest form, Authentication auth, Model model) {
		Capability<?, ?> capability = runs.capability(kind);
		access.requireRole(auth, Role.ANALYST);
		try {
			RunScope.Owner owner = owner(form, auth);
			MultipartHttpServletRequest request = multipart(form);
			Run<?> run = jobs.runNow(capability, source(capability, request), owner);
			return "redirect:/w/" + kind + "/" + run.id();
		}
		catch (Refusal ex) {
			model.addAttribute("refusal", new RefusalView(ex.where(), ex.what(), ex.accepted()));
			return list(kind, auth, model);
		}
	}

	@PostMapping("/w/{kind}/jobs")
	@ResponseBody
	ResponseEntity<Jobs.Status> start(@PathVariable String kind, HttpServletRequest form, Authentication auth) {
		Capability<?, ?> capability = runs.capability(kind);
		access.requireRole(auth, Role.ANALYST);
		try {
			RunScope.Owner owner = owner(form, auth);
			MultipartHttpServletRequest request = multipart(form);
			Source source = source(capability, request);
			long size = source.path().toFile().length();
			return ResponseEntity.status(HttpStatus.ACCEPTED).body(jobs.start(capability, source, size, owner));
		}
		catch (Refusal ex) {
			return ResponseEntity.unprocessableContent()
				.body(new Jobs.Status(null, kind, "refused", 0, 0, null, ex.where(), ex.what()));
		}
	}

	@GetMapping("/w/jobs/{id}")
	@ResponseBody
	ResponseEntity<Jobs.Status> job(@PathVariable String id, Authentication auth) {
		Jobs.Status status = jobs.status(id, Access.actor(auth));
		return status == null ? ResponseEntity.notFound().build() : ResponseEntity.ok(status);
	}

	@GetMapping("/w/{kind}/{id}")
	String result(@PathVariable String kind, @PathVariable long id, Authentication auth, Model model,
			HttpServletRequest request) {
		Capability<?, ?> capability = runs.capability(kind);
		Run<?> run = runs.find(capability, id, access.runs(auth));
		runs.engagementOf(kind, id).ifPresent(engagement -> PageLocale.use(request, engagements.locale(engagement)));
		model.addAttribute("capability", capability);
		model.addAttribute("label", Labels.capability(kind));
		model.addAttribute("view", ResultView.of(runs, json, capability, run));
		return "workspace/result";
	}

	@GetMapping("/w/{kind}/{id}/rejected.csv")
	void rejected(@PathVariable String kind, @PathVariable long id, Authentication auth, HttpServletResponse response)
			throws IOException {
		Run<?> run = runs.find(kind, id, access.runs(auth));
		response.setContentType("text/csv;charset=UTF-8");
		response.setHeader("Content-Disposition", "attachment; filename=\"" + kind + "-" + id + "-rejected.csv\"");
		Writer out = response.getWriter();
		out.write("line,column,reason\r\n");
		for (ResultView.RejectedRow row : ResultView.rejected(json.valueToTree(run.result()))) {
			out.write(row.line() + "," + row.column() + "," + Csv.cell(row.reason()) + "\r\n");
		}
		out.flush();
	}

	/** The form as multipart, read only once the caller may upload. */
	private static MultipartHttpServletRequest multipart(HttpServletRequest request) {
		if (request instanceof MultipartHttpServletRequest multipart) {
			return multipart;
		}
		throw new Refusal("file", "send the form as multipart/form-data with the file as 'file'", null);
	}

	/**
	 * The run belongs to the engagement chosen on the form (members only), or to its
	 * maker alone when none is chosen.
	 */
	private RunScope.Owner owner(HttpServletRequest request, Authentication auth) {
		String engagement = request.getParameter("engagement");
		if (engagement == null || engagement.isBlank()) {
			return access.owner(auth, null);
		}
		long id;
		try {
			id = Long.parseLong(engagement.strip());
		}
		catch (NumberFormatException ex) {
			throw new Refusal("engagement", "'" + engagement + "' is not an engagement id", "one of yours, or none");
		}
		return access.owner(auth, id);
	}

	private Source source(Capability<?, ?> capability, MultipartHttpServletRequest request) {
		MultipartFile file = request.getFile("file");
		if (file == null || file.isEmpty()) {
			throw new Refusal("file", "choose a file to upload", null);
		}
		Map<String, Source> attachments = new LinkedHashMap<>();
		for (String name : capability.attachments()) {
			MultipartFile part = request.getFile(name);
			if (part != null && !part.isEmpty()) {
				attachments.put(name, Source.upload(save(part, name), Map.of(), Map.of()));
			}
		}
		Map<String, String> options = new LinkedHashMap<>();
		for (String option : capability.options()) {
			String value = request.getParameter(option);
			if (value != null && !value.isBlank()) {
				options.put(option, value.strip());
			}
		}
		return Source.upload(save(file, capability.kind() + ".csv"), options, attachments);
	}

	private UploadStore.Upload save(MultipartFile part, String fallbackName) {
		try {
			return uploads.save(part, fallbackName);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A refusal as the form shows it: where, what, and what is accepted. */
	record RefusalView(String where, String what, String accepted) {
	}

	/** CSV cells as a spreadsheet reads them safely (quoted, formulas defused). */
	static final class Csv {

		private Csv() {
		}

		static String cell(String value) {
			String text = value == null ? "" : value;
			if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
				text = "'" + text;
			}
			return "\"" + text.replace("\"", "\"\"") + "\"";
		}

	}

}

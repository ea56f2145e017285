package com.caio.engine.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A capability command sent to a server ({@code --server URL --token TOKEN}, or
 * {@code CAIO_SERVER} and {@code CAIO_TOKEN}): uploads the file to {@code POST
 * /api/{kind}} and prints what the local command prints, the text report or, with
 * {@code --json}, the run. What each option is comes from the server's {@code GET
 * /api/capabilities}: {@code --<attachment> FILE} is uploaded with the main file,
 * {@code --<document> OUT} downloads that document of the new run, an option goes with
 * the upload as a form field, and anything else is refused before anything is sent. No
 * local database is opened.
 */
final class RemoteCommand {

	/** Options this class reads itself; every other one goes to the server. */
	private static final Set<String> OWN = Set.of("server", "token", "json", "engagement", "rules", "data");

	/** The spellings of before the shared shape, by their words. */
	private static final Map<String, String> ALIASES = Map.of("maturity score", "maturity", "risk rank", "risk",
			"business-case", "businesscase", "onboarding plan", "onboarding", "pilot plan", "pilot",
			"opportunities rank", "opportunities");

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(20)).build();

	private final JsonMapper json = JsonMapper.builder().build();

	private final URI server;

	private final String token;

	RemoteCommand(String server, String token) {
		this.server = URI.create(server.endsWith("/") ? server : server + "/");
		this.token = token;
	}

	int run(CliArgs args, PrintStream out, PrintStream err) throws IOException, InterruptedException {
		List<String> words = args.words();
		if (words.size() < 2) {
			err.println("caio: with --server, give a capability and a file: caio --server URL --token TOKEN KIND FILE");
			return 2;
		}
		String kind = ALIASES.getOrDefault(String.join(" ", words.subList(0, words.size() - 1)), words.get(0));
		if (words.size() > 2 && !ALIASES.containsKey(String.join(" ", words.subList(0, words.size() - 1)))) {
			err.println("caio: '" + String.join(" ", words.subList(0, words.size() - 1))
					+ "' does not run against a server; only capability commands do (caio KIND FILE)");
			return 2;
		}
		Path file = Path.of(words.get(words.size() - 1));
		if (!Files.isReadable(file)) {
			err.println("caio: " + file + ": no such readable file");
			return 2;
		}
		HttpResponse<String> described = http.send(get("api/capabilities"), HttpResponse.BodyHandlers.ofString());
		if (described.statusCode() != 200) {
			return refused(described, err);
		}
		JsonNode capability = null;
		List<String> kinds = new ArrayList<>();
		for (JsonNode c : json.readTree(described.body())) {
			kinds.add(c.get("kind").asString());
			if (c.get("kind").asString().equals(kind)) {
				capability = c;
			}
		}
		if (capability == null) {
			err.println("caio: " + server + " has no capability '" + kind + "'; it has " + String.join(", ", kinds));
			return 2;
		}
		Set<String> options = names(capability.get("options"));
		Set<String> attachments = names(capability.get("attachments"));
		Set<String> documents = names(capability.get("documents"));
		Map<String, String> fields = new LinkedHashMap<>();
		Map<String, Path> files = new LinkedHashMap<>();
		Map<String, String> downloads = new LinkedHashMap<>();
		for (Map.Entry<String, String> option : args.options().entrySet()) {
			String name = option.getKey();
			if (OWN.contains(name)) {
				continue;
			}
			if (attachments.contains(name)) {
				Path attachment = Path.of(option.getValue());
				if (!Files.isReadable(attachment)) {
					err.println("caio: --" + name + " " + attachment + ": no such readable file");
					return 2;
				}
				files.put(name, attachment);
			}
			else if (documents.contains(name)) {
				downloads.put(name, option.getValue());
			}
			else if (options.contains(name)) {
				fields.put(name, option.getValue());
			}
			else {
				err.println("caio: --" + name + " is not an option of " + kind + " on " + server + "; options: "
						+ list(options) + "; files: " + list(attachments) + "; documents: " + list(documents));
				return 2;
			}
		}
		String query = args.option("engagement") == null ? ""
				: "?engagement=" + URLEncoder.encode(args.option("engagement"), StandardCharsets.UTF_8);
		HttpResponse<String> created = http.send(upload("api/" + kind + query, file, fields, files),
				HttpResponse.BodyHandlers.ofString());
		if (created.statusCode() != 201) {
			return refused(created, err);
		}
		JsonNode run = json.readTree(created.body());
		String base = "api/" + run.get("kind").asString() + "/" + run.get("id").asLong() + "/";
		for (Map.Entry<String, String> download : downloads.entrySet()) {
			HttpResponse<byte[]> document = http.send(get(base + download.getKey()),
					HttpResponse.BodyHandlers.ofByteArray());
			if (document.statusCode() != 200) {
				err.println("caio: " + server + " answered " + document.statusCode() + " for the " + download.getKey()
						+ " document of run " + run.get("id").asLong());
				return 1;
			}
			Files.write(Path.of(download.getValue()), document.body());
			err.println("wrote " + download.getValue());
		}
		if (args.flag("json")) {
			out.println(json.writerWithDefaultPrettyPrinter().writeValueAsString(run));
			return 0;
		}
		HttpResponse<String> text = http.send(get(base + "text"), HttpResponse.BodyHandlers.ofString());
		if (text.statusCode() != 200) {
			return refused(text, err);
		}
		out.println(text.body());
		return 0;
	}

	private int refused(HttpResponse<String> response, PrintStream err) {
		String detail = response.body();
		try {
			JsonNode problem = json.readTree(response.body());
			detail = problem.path("detail").asString(detail);
		}
		catch (RuntimeException ex) {
			// not problem+json: print the body as it came
		}
		err.println("caio: " + server + " answered " + response.statusCode() + ": " + detail);
		return response.statusCode() == 401 || response.statusCode() == 403 ? 2 : 1;
	}

	private HttpRequest get(String path) {
		return HttpRequest.newBuilder(server.resolve(path)).header("Authorization", "Bearer " + token).GET().build();
	}

	private static Set<String> names(JsonNode array) {
		Set<String> names = new TreeSet<>();
		if (array != null) {
			array.forEach(n -> names.add(n.asString()));
		}
		return names;
	}

	private static String list(Set<String> names) {
		return names.isEmpty() ? "none" : String.join(", ", names);
	}

	private HttpRequest upload(String path, Path file, Map<String, String> fields, Map<String, Path> files)
			throws IOException {
		String boundary = "caio-" + UUID.randomUUID();
		List<HttpRequest.BodyPublisher> parts = new ArrayList<>();
		for (Map.Entry<String, String> field : fields.entrySet()) {
			parts
				.add(HttpRequest.BodyPublishers.ofString("--" + boundary + "\r\nContent-Disposition: form-data; name=\""
						+ field.getKey() + "\"\r\n\r\n" + field.getValue() + "\r\n"));
		}
		filePart(parts, boundary, "file", file);
		for (Map.Entry<String, Path> attachment : files.entrySet()) {
			filePart(parts, boundary, attachment.getKey(), attachment.getValue());
		}
		parts.add(HttpRequest.BodyPublishers.ofString("--" + boundary + "--\r\n"));
		return HttpRequest.newBuilder(server.resolve(path))
			.header("Authorization", "Bearer " + token)
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.concat(parts.toArray(HttpRequest.BodyPublisher[]::new)))
			.build();
	}

	private static void filePart(List<HttpRequest.BodyPublisher> parts, String boundary, String part, Path file)
			throws IOException {
		String name = file.getFileName().toString().replace("\"", "");
		parts.add(HttpRequest.BodyPublishers.ofString("--" + boundary + "\r\nContent-Disposition: form-data; name=\""
				+ part + "\"; filename=\"" + name + "\"\r\nContent-Type: application/octet-stream\r\n\r\n"));
		parts.add(HttpRequest.BodyPublishers.ofFile(file));
		parts.add(HttpRequest.BodyPublishers.ofString("\r\n"));
	}

}

package com.caio.engine.run;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.caio.engine.cli.CliArgs;
import com.caio.engine.cli.CliCommand;
import com.caio.engine.cli.CliCommands;
import com.caio.engine.common.Refusal;
import com.caio.engine.storage.Run;
import com.caio.engine.storage.RunScope;
import org.springframework.stereotype.Component;

/**
 * The one command every capability has:
 * {@code caio <kind> FILE [--json] [--<document> OUT]
 * [--<option> VALUE]}: reads, assesses, stores, prints the text (or the run as JSON) and
 * writes the documents asked for. Refused input prints {@code FILE:where: message} and
 * exits 1.
 */
@Component
class CapabilityCommands implements CliCommands {

	private final Runs runs;

	CapabilityCommands(Runs runs) {
		this.runs = runs;
	}

	@Override
	public List<CliCommand> commands() {
		List<CliCommand> commands = new ArrayList<>();
		for (Capability<?, ?> capability : runs.capabilities()) {
			commands.add(new Command(capability, List.of(capability.kind())));
			capability.legacy().words().forEach(words -> commands.add(new Command(capability, words)));
		}
		return commands;
	}

	private final class Command implements CliCommand {

		private final Capability<?, ?> capability;

		private final List<String> words;

		Command(Capability<?, ?> capability, List<String> words) {
			this.capability = capability;
			this.words = List.copyOf(words);
		}

		@Override
		public String usage() {
			StringBuilder usage = new StringBuilder(String.join(" ", words)).append(" FILE [--json]");
			capability.documents().forEach(d -> usage.append(" [--").append(d.name()).append(" OUT]"));
			// sorted: a Map.of iterates in an order that changes from one start to the
			// next
			new java.util.TreeMap<>(capability.legacy().options())
				.forEach((o, d) -> usage.append(" [--").append(o).append(" OUT]"));
			capability.options().stream().sorted().forEach(o -> usage.append(" [--").append(o).append(" VALUE]"));
			capability.attachments().stream().sorted().forEach(a -> usage.append(" [--").append(a).append(" FILE]"));
			return usage.toString();
		}

		@Override
		public int run(CliArgs args, PrintStream out, PrintStream err) throws CliArgs.UsageException {
			Map<String, String> writes = writes(args);
			Path file = args.file(capability.kind() + " FILE");
			Map<String, String> options = new LinkedHashMap<>();
			capability.options()
				.stream()
				.filter(o -> args.option(o) != null)
				.forEach(o -> options.put(o, args.option(o)));
			Map<String, Source> attachments = new LinkedHashMap<>();
			for (String name : capability.attachments()) {
				if (args.option(name) != null) {
					attachments.put(name, Source.file(CliArgs.readable(Path.of(args.option(name)))));
				}
			}
			try {
				// a local command is not a signed-in user: it records the OS account
				Run<?> run = runs.run(capability, Source.file(file, options, attachments),
						RunScope.Owner.none("cli:" + System.getProperty("user.name")));
				write(run, writes, err);
				out.println(args.flag("json") ? runs.json(run) : text(run));
				return 0;
			}
			catch (Refusal ex) {
				err.println(ex.describe(file.toString()));
				return 1;
			}
		}

		/** Document name by output file, from {@code --svg OUT} or a legacy option. */
		private Map<String, String> writes(CliArgs args) throws CliArgs.UsageException {
			Map<String, String> writes = new LinkedHashMap<>();
			for (Document<?> d : capability.documents()) {
				if (args.option(d.name()) != null && !d.name().equals(Document.TEXT)) {
					writes.put(args.option(d.name()), d.name());
				}
			}
			for (Map.Entry<String, String> legacy : capability.legacy().options().entrySet()) {
				String target = args.option(legacy.getKey());
				if (target != null) {
					String document = legacy.getValue().isEmpty() ? extension(target) : legacy.getValue();
					List<String> files = capability.documents()
						.stream()
						.map(Document::name)
						.filter(name -> !name.equals(Document.TEXT))
						.toList();
					if (!files.contains(document)) {
						throw new CliArgs.UsageException("--" + legacy.getKey() + " needs a file name ending in "
								+ String.join(" or ", files.stream().map(name -> "." + name).toList()) + ", not '"
								+ target + "'");
					}
					writes.put(target, document);
				}
			}
			return writes;
		}

		@SuppressWarnings({ "unchecked", "rawtypes" })
		private String text(Run<?> run) {
			return new String((byte[]) runs.document((Capability) capability, Document.TEXT).render().apply(run),
					StandardCharsets.UTF_8);
		}

		@SuppressWarnings({ "unchecked", "rawtypes" })
		private void write(Run<?> run, Map<String, String> writes, PrintStream err) {
			writes.forEach((target, name) -> {
				Document document = runs.document((Capability) capability, name);
				try {
					Files.write(Path.of(target), (byte[]) document.render().apply(run));
				}
				catch (IOException ex) {
					throw new UncheckedIOException(target + ": cannot write the " + name + ": " + ex.getMessage(), ex);
				}
				err.println("wrote " + target);
			});
		}

		private static String extension(String target) {
			int dot = target.lastIndexOf('.');
			return dot < 0 ? "" : target.substring(dot + 1).toLowerCase(Locale.ROOT);
		}

	}

}

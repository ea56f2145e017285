package com.caio.engine.rules;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.caio.engine.TestWorkspace;
import org.drools.decisiontable.InputType;
import org.drools.decisiontable.SpreadsheetCompiler;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;

/**
 * Time to publish the shipped rule set and a 1,000-row decision table, with the rule
 * policy (parsed-package check, typed cells, bytecode scan) and without it (Drools alone
 * on the same files). Run: {@code mvn -o test -Dtest=RulePublishBenchmark -Dbench=true}.
 */
@EnabledIfSystemProperty(named = "bench", matches = "true")
class RulePublishBenchmark {

	static final int ROUNDS = 5;

	@Test
	void publishTimes() throws IOException {
		Path big = Files.createTempDirectory("caio-bench-").resolve("rules");
		Files.createDirectories(big.resolve("risk"));
		Files.writeString(big.resolve("risk/bands.drl.csv"), thousandRowTable());
		try {
			report("shipped rule set", Path.of("rules"));
			report("1,000-row decision table", big);
			reportIncremental();
		}
		finally {
			TestWorkspace.deleteRecursively(big.getParent());
		}
	}

	private static void report(String what, Path dir) throws IOException {
		List<Long> checked = new ArrayList<>();
		List<Long> plain = new ArrayList<>();
		for (int i = 0; i < ROUNDS + 1; i++) {
			long t0 = System.nanoTime();
			RuleCompiler.Build build = new RuleCompiler(List.of(), RuleLimits.DEFAULT).build(dir);
			long t1 = System.nanoTime();
			droolsAlone(dir);
			long t2 = System.nanoTime();
			if (!build.succeeded()) {
				throw new AssertionError(build.messages().toString());
			}
			if (i > 0) { // the first round warms the JVM
				checked.add((t1 - t0) / 1_000_000);
				plain.add((t2 - t1) / 1_000_000);
			}
		}
		System.out.printf("BENCH %s: with checks %s ms, Drools alone %s ms (median %d vs %d)%n", what, checked, plain,
				median(checked), median(plain));
	}

	/**
	 * With the build cache of one compiler, as a server has: the shipped set cold (a new
	 * compiler), the shipped set with one file changed (a new comment in risk/quality.drl
	 * each round, so that folder misses the cache and the others hit), and the shipped
	 * set with risk/bands.drl.csv replaced by a 1,000-row table whose values change each
	 * round.
	 */
	private static void reportIncremental() throws IOException {
		Path copy = Files.createTempDirectory("caio-bench-inc-").resolve("rules");
		try {
			List<Long> cold = new ArrayList<>();
			List<Long> oneFile = new ArrayList<>();
			List<Long> bigTable = new ArrayList<>();
			for (int i = 0; i < ROUNDS + 1; i++) {
				TestWorkspace.deleteRecursively(copy);
				copyTree(Path.of("rules"), copy);
				RuleCompiler compiler = new RuleCompiler(List.of(), RuleLimits.DEFAULT);
				long t0 = System.nanoTime();
				succeeded(compiler.build(copy));
				long t1 = System.nanoTime();
				Path quality = copy.resolve("risk/quality.drl");
				Files.writeString(quality, Files.readString(quality) + "\n// round " + i + "\n");
				long t2 = System.nanoTime();
				succeeded(compiler.build(copy));
				long t3 = System.nanoTime();
				Files.writeString(copy.resolve("risk/bands.drl.csv"), thousandRowTable(i));
				long t4 = System.nanoTime();
				succeeded(compiler.build(copy));
				long t5 = System.nanoTime();
				if (i > 0) {
					cold.add((t1 - t0) / 1_000_000);
					oneFile.add((t3 - t2) / 1_000_000);
					bigTable.add((t5 - t4) / 1_000_000);
				}
			}
			System.out.printf("BENCH shipped rule set, cold: %s ms (median %d)%n", cold, median(cold));
			System.out.printf("BENCH shipped rule set, one file changed: %s ms (median %d)%n", oneFile,
					median(oneFile));
			System.out.printf("BENCH shipped rule set, risk bands replaced by 1,000 rows: %s ms (median %d)%n",
					bigTable, median(bigTable));
		}
		finally {
			TestWorkspace.deleteRecursively(copy.getParent());
		}
	}

	private static void succeeded(RuleCompiler.Build build) {
		if (!build.succeeded()) {
			throw new AssertionError(build.messages().toString());
		}
	}

	private static void copyTree(Path from, Path to) throws IOException {
		try (var walk = Files.walk(from)) {
			for (Path source : walk.toList()) {
				Path target = to.resolve(from.relativize(source).toString());
				if (Files.isDirectory(source)) {
					Files.createDirectories(target);
				}
				else {
					Files.copy(source, target);
				}
			}
		}
	}

	/** What publishing cost before the policy: tables converted by Drools, then built. */
	private static void droolsAlone(Path dir) throws IOException {
		KieServices ks = KieServices.Factory.get();
		for (Path folder : Files.list(dir).filter(Files::isDirectory).toList()) {
			KieFileSystem kfs = ks.newKieFileSystem();
			for (Path file : Files.list(folder).toList()) {
				String name = file.getFileName().toString();
				String target = RuleCompiler.RESOURCES + folder.getFileName() + "/" + name;
				if (name.endsWith(".drl")) {
					kfs.write(target, Files.readAllBytes(file));
				}
				else if (name.endsWith(".drl.csv")) {
					kfs.write(target + ".generated.drl", new SpreadsheetCompiler()
						.compile(new ByteArrayInputStream(Files.readAllBytes(file)), InputType.CSV));
				}
			}
			KieBuilder builder = ks.newKieBuilder(kfs).buildAll();
			if (builder.getResults().hasMessages(Message.Level.ERROR)) {
				throw new AssertionError(builder.getResults().getMessages().toString());
			}
			ks.newKieContainer(builder.getKieModule().getReleaseId()).getKieBase();
			ks.getRepository().removeKieModule(builder.getKieModule().getReleaseId());
		}
	}

	private static long median(List<Long> values) {
		return values.stream().sorted().toList().get(values.size() / 2);
	}

	static String thousandRowTable() {
		return thousandRowTable(0);
	}

	/** 1,000 bands; {@code round} shifts the severities, so each round is new content. */
	static String thousandRowTable(int round) {
		StringBuilder csv = new StringBuilder(
				"""
						RuleSet,risk
						Import,"com.caio.engine.risk.HeatCell, com.caio.engine.risk.BandCandidate"
						,
						RuleTable Risk bands
						NAME,CONDITION,ACTION,ACTION,ACTION
						,$c : HeatCell,,,
						,score >= $param,int severity = $param;,"String colour = ""$param"";","insertLogical( new BandCandidate( $c.likelihood(), $c.impact(), severity, ""$param"", colour, drools.getRule().getName() ) );"
						Band,Score at least [number],Severity [integer 1..4],Colour [colour],Band name
						""");
		for (int i = 1; i <= 1000; i++) {
			csv.append("RISK-BAND-%04d Band from %d,%d,%d,#%06x,Band %d%n".formatted(i, i, i, 1 + (i + round) % 4,
					i * 997 % 0xffffff, i));
		}
		return csv.toString();
	}

}

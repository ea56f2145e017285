package com.caio.engine.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import com.caio.engine.CaioApplication;
import com.caio.engine.TestUsers;
import com.caio.engine.TestWorkspace;
import com.caio.engine.security.Role;
import com.caio.engine.cli.Cli;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A server started as an operator starts it ({@code --data DIR --rules DIR}, default
 * configuration otherwise): it listens on its HTTP port only, on the loopback interface,
 * and any other process or command wanting its data folder is told, clearly, that the
 * server holds it.
 */
class RunningServerTests {

	static final TestWorkspace WORKSPACE = TestWorkspace.create("running-server");

	static Set<ListeningSockets.Socket> before;

	static ConfigurableApplicationContext server;

	static int port;

	static final List<Path> ORPHANS = new ArrayList<>();

	static Path keptUpload;

	@BeforeAll
	static void start() throws Exception {
		plantWhatAKilledServerLeaves();
		before = ListeningSockets.available() ? ListeningSockets.ofThisProcess() : Set.of();
		server = startServer(WORKSPACE.data(), WORKSPACE.rules());
		port = ((WebServerApplicationContext) server).getWebServer().getPort();
	}

	@AfterAll
	static void stop() {
		server.close();
		TestWorkspace.deleteRecursively(WORKSPACE.root());
	}

	/** What kill -9 during uploads leaves: spooled parts, partial uploads. */
	static void plantWhatAKilledServerLeaves() throws Exception {
		Path spool = Files.createDirectories(WORKSPACE.data().resolve("spool"));
		Path uploads = Files.createDirectories(WORKSPACE.data().resolve("uploads"));
		ORPHANS.add(Files.write(spool.resolve("upload_0b9e7c1a_00000001.tmp"), new byte[1 << 20]));
		ORPHANS.add(Files.writeString(Files.createDirectories(spool.resolve("work")).resolve("part.tmp"), "x"));
		ORPHANS.add(Files.writeString(uploads.resolve("upload-123456789.part"), "respondent_id,GOV-01\nR1,"));
		ORPHANS.add(Files.writeString(uploads.resolve("upload-1.csv.part"), ""));
		keptUpload = Files.writeString(uploads.resolve("a".repeat(64) + ".csv"), "respondent_id\n");
		Files.setPosixFilePermissions(keptUpload, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
	}

	static ConfigurableApplicationContext startServer(Path data, Path rules, String... more) {
		List<String> args = new ArrayList<>(List.of("--data", data.toString(), "--rules", rules.toString(),
				"--server.port=0", "--caio.rules.watch=false"));
		Collections.addAll(args, more);
		return new SpringApplicationBuilder(CaioApplication.class)
			.run(ServerArgs.translate(args.toArray(String[]::new)));
	}

	@Test
	void theDataAndRulesOptionsOfTheCommandLineAreTheServersFolders() throws Exception {
		assertThat(server.getEnvironment().getProperty("caio.data.dir"))
			.isEqualTo(WORKSPACE.data().toAbsolutePath().toString());
		assertThat(Files.exists(WORKSPACE.data().resolve("caio.mv.db"))).isTrue();

		HttpResponse<String> rules = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/rules"))
				.header("Authorization", "Bearer " + TestUsers.in(server).token("viewer-running", Role.VIEWER))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(rules.body()).contains(WORKSPACE.rules().toAbsolutePath().toString());
	}

	@Test
	void orphanSpoolFilesAndPartialUploadsAreDeletedAtStartAndKeptUploadsStay() {
		assertThat(ORPHANS).noneMatch(Files::exists);
		assertThat(keptUpload).exists();
	}

	@Test
	void theDataFolderItsDatabaseAndItsUploadsAreTheOwnersOnly() throws Exception {
		assumeThat(DataDirectory.posix()).as("POSIX file permissions").isTrue();
		HttpResponse<String> created = HttpClient.newHttpClient()
			.send(multipart("/api/maturity/assessments", "survey.csv",
					Files.readString(Path.of("examples/survey-wide.csv"))), HttpResponse.BodyHandlers.ofString());
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);

		Path data = WORKSPACE.data();
		assertThat(mode(data)).isEqualTo("rwx------");
		for (String dir : List.of("uploads", "spool")) {
			assertThat(mode(data.resolve(dir))).as(dir).isEqualTo("rwx------");
		}
		for (String file : List.of("caio.mv.db", "db-password", "in-use.lock")) {
			assertThat(mode(data.resolve(file))).as(file).isEqualTo("rw-------");
		}
		try (var uploads = Files.list(data.resolve("uploads"))) {
			assertThat(uploads.toList()).hasSize(2)
				.allSatisfy(f -> assertThat(mode(f)).as(f.toString()).isEqualTo("rw-------"));
		}
		assertThat(Files.readString(data.resolve("db-password")).strip()).hasSizeGreaterThanOrEqualTo(32);
	}

	static String mode(Path path) {
		try {
			return java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	static HttpRequest multipart(String path, String fileName, String content) {
		String boundary = "caio-boundary";
		String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
				+ "\"\r\nContent-Type: text/csv\r\n\r\n" + content + "\r\n--" + boundary + "--\r\n";
		return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.header("Authorization", "Bearer " + TestUsers.in(server).token("analyst-running", Role.ANALYST))
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build();
	}

	@Test
	void theServerListensOnItsHttpPortOnlyAndOnlyOnLoopback() {
		assumeThat(ListeningSockets.available()).as("Linux /proc").isTrue();
		Set<ListeningSockets.Socket> opened = new java.util.TreeSet<>(ListeningSockets.ofThisProcess());
		opened.removeAll(before);

		assertThat(opened).as("sockets the server opened").singleElement().satisfies(socket -> {
			assertThat(socket.port()).isEqualTo(port);
			assertThat(socket.loopback()).as("bound to 127.0.0.1, not " + socket.address()).isTrue();
		});
	}

	@Test
	void theServerCannotBeReachedOnAnotherInterface() throws Exception {
		InetAddress other = NetworkInterface.networkInterfaces()
			.flatMap(NetworkInterface::inetAddresses)
			.filter(a -> !a.isLoopbackAddress() && !a.isLinkLocalAddress())
			.findFirst()
			.orElse(null);
		assumeThat(other).as("a non-loopback interface").isNotNull();

		assertThatThrownBy(() -> new Socket(other, port).close()).isInstanceOf(java.net.ConnectException.class);
	}

	@Test
	void aCommandOnTheServersDataFolderIsToldTheServerHoldsItAndExits1() {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		int exit = Cli.run(CaioApplication.class,
				new String[] { "maturity", "score", "examples/survey-wide.csv", "--data", WORKSPACE.data().toString(),
						"--rules", WORKSPACE.rules().toString() },
				new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));

		String message = err.toString(StandardCharsets.UTF_8);
		assertThat(exit).as(message).isEqualTo(1);
		assertThat(message).as(message)
			.contains("is in use by a caio server at http://127.0.0.1:" + port)
			.contains("Stop the server first")
			.doesNotContain("Exception")
			.doesNotContain("\tat ");
		assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
	}

	@Test
	void anotherProcessRunningACommandOnTheFolderGetsTheMessageAndExits1() throws Exception {
		List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
				System.getProperty("java.class.path"), CaioApplication.class.getName(), "maturity", "score",
				"examples/survey-wide.csv", "--data", WORKSPACE.data().toString(), "--rules",
				WORKSPACE.rules().toString());
		Path stderr = Files.createTempFile(WORKSPACE.root(), "stderr", ".txt");
		Process process = new ProcessBuilder(command).redirectError(stderr.toFile())
			.redirectOutput(ProcessBuilder.Redirect.DISCARD)
			.start();
		assertThat(process.waitFor(180, TimeUnit.SECONDS)).as("the command ends").isTrue();

		String message = Files.readString(stderr);
		assertThat(process.exitValue()).as(message).isEqualTo(1);
		assertThat(message).as(message)
			.contains("is in use by a caio server at http://127.0.0.1:" + port)
			.contains("pid " + ProcessHandle.current().pid())
			.doesNotContain("Exception")
			.doesNotContain("\tat ");
	}

}

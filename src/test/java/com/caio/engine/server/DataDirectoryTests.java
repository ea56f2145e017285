package com.caio.engine.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import com.caio.engine.TestWorkspace;
import com.caio.engine.storage.UploadStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The pieces of the data folder's guard, each on real files and a real H2 database: the
 * password, the lock, the orphans, the permissions.
 */
class DataDirectoryTests {

	Path dir;

	@BeforeEach
	void folder() throws IOException {
		dir = Files.createTempDirectory("caio-datadir-");
	}

	@AfterEach
	void cleanUp() {
		TestWorkspace.deleteRecursively(dir);
	}

	String url() {
		return "jdbc:h2:file:" + dir.resolve("caio");
	}

	@Test
	void aNewDatabaseGetsARandomPasswordKeptOwnerOnlyAndTheSameOneNextTime() throws Exception {
		String first = DatabasePassword.resolve(dir, url(), "sa", "");
		String again = DatabasePassword.resolve(dir, url(), "sa", "");

		assertThat(first).hasSize(48).isEqualTo(again);
		assertThat(Files.readString(dir.resolve("db-password")).strip()).isEqualTo(first);
		if (DataDirectory.posix()) {
			assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("db-password"))))
				.isEqualTo("rw-------");
		}
		assertThat(DatabasePassword.resolve(Files.createTempDirectory(dir, "other"), url(), "sa", ""))
			.as("another folder, another password")
			.isNotEqualTo(first);
	}

	@Test
	void aDatabaseMadeWithTheOldEmptyPasswordKeepsItsDataAndRefusesTheEmptyPasswordAfterwards() throws Exception {
		legacyDatabase();

		String password = DatabasePassword.resolve(dir, url(), "sa", "");

		assertThatThrownBy(() -> DriverManager.getConnection(url(), "sa", "").close()).isInstanceOf(SQLException.class)
			.hasMessageContaining("Wrong user name or password");
		try (Connection c = DriverManager.getConnection(url(), "sa", password); Statement s = c.createStatement()) {
			var rs = s.executeQuery("SELECT COUNT(*) FROM scoring_run");
			rs.next();
			assertThat(rs.getInt(1)).isEqualTo(2);
		}
	}

	@Test
	void aMigrationInterruptedAfterTheAlterIsFinishedOnTheNextStart() throws Exception {
		legacyDatabase();
		Files.writeString(dir.resolve("db-password.new"), "0123456789abcdef0123456789abcdef\n");
		try (Connection c = DriverManager.getConnection(url(), "sa", ""); Statement s = c.createStatement()) {
			s.execute("ALTER USER sa SET PASSWORD '0123456789abcdef0123456789abcdef'");
		}

		assertThat(DatabasePassword.resolve(dir, url(), "sa", "")).isEqualTo("0123456789abcdef0123456789abcdef");
		assertThat(dir.resolve("db-password")).exists();
		assertThat(dir.resolve("db-password.new")).doesNotExist();
	}

	@Test
	void aDatabaseWhosePasswordIsNotKnownIsRefusedWithWhatToSet() throws Exception {
		DriverManager.getConnection(url(), "sa", "somebody-elses").close();

		assertThatThrownBy(() -> DatabasePassword.resolve(dir, url(), "sa", "")).isInstanceOf(DataDirException.class)
			.hasMessageContaining("does not open with user sa")
			.satisfies(ex -> assertThat(((DataDirException) ex).action()).contains("CAIO_DB_PASSWORD"));
		assertThat(DatabasePassword.resolve(dir, url(), "sa", "somebody-elses")).isEqualTo("somebody-elses");
	}

	@Test
	void anOperatorsPasswordIsGivenToAnOldDatabaseToo() throws Exception {
		legacyDatabase();

		assertThat(DatabasePassword.resolve(dir, url(), "sa", "from-the-environment"))
			.isEqualTo("from-the-environment");
		DriverManager.getConnection(url(), "sa", "from-the-environment").close();
		assertThat(dir.resolve("db-password")).doesNotExist();
	}

	private void legacyDatabase() throws SQLException {
		try (Connection c = DriverManager.getConnection(url(), "sa", ""); Statement s = c.createStatement()) {
			s.execute("CREATE TABLE scoring_run (id INT)");
			s.execute("INSERT INTO scoring_run VALUES (1), (2)");
		}
	}

	@Test
	void onlyEmbeddedFileUrlsAreTheGuardsBusiness() {
		assertThat(H2Files.isEmbeddedFile("jdbc:h2:file:./data/caio")).isTrue();
		assertThat(H2Files.isEmbeddedFile("jdbc:h2:./data/caio;MODE=PostgreSQL")).isTrue();
		assertThat(H2Files.isEmbeddedFile("jdbc:h2:mem:x")).isFalse();
		assertThat(H2Files.isEmbeddedFile("jdbc:h2:tcp://localhost/x")).isFalse();
		assertThat(H2Files.isEmbeddedFile("jdbc:postgresql://h/db")).isFalse();
		assertThat(H2Files.databasePath("jdbc:h2:file:./data/caio;AUTO_SERVER=TRUE")).isEqualTo("./data/caio");
		assertThat(H2Files.opensServer("jdbc:h2:file:./data/caio;auto_server=true")).isTrue();
		assertThat(H2Files.opensServer("jdbc:h2:file:./data/caio")).isFalse();
	}

	@Test
	void aFolderIsHeldByOneHolderAtATimeAndFreeAgainWhenReleased() {
		DataDirLock held = DataDirLock.acquire(dir, "a caio server", "stop it");
		DataDirLock.acquire(dir, "a caio server", "stop it").close();
		assertThatThrownBy(() -> DataDirLock.acquire(dir, "a caio command", "wait"))
			.isInstanceOf(DataDirException.class)
			.hasMessageContaining("is in use by a caio server (pid " + ProcessHandle.current().pid());
		assertThatThrownBy(() -> DataDirLock.acquire(dir.resolve("."), "a caio command", "wait"))
			.as("the same folder by another spelling")
			.isInstanceOf(DataDirException.class);

		held.close();
		DataDirLock.acquire(dir, "a caio command", "wait").close();
	}

	@Test
	void orphansAreSpoolFilesAndPartialUploadsNeverAKeptUpload() throws Exception {
		Path spool = Files.createDirectories(dir.resolve("spool"));
		Path uploads = Files.createDirectories(dir.resolve("uploads"));
		List<Path> orphans = List.of(Files.writeString(spool.resolve("upload_1.tmp"), "x"),
				Files.writeString(uploads.resolve("upload-9.part"), "x"));
		Path kept = Files.writeString(uploads.resolve("b".repeat(64) + ".yaml"), "x");
		Path password = Files.writeString(dir.resolve("db-password"), "x");

		assertThat(DataDirectory.deleteOrphans(dir)).containsExactlyInAnyOrderElementsOf(orphans);
		assertThat(orphans).noneMatch(Files::exists);
		assertThat(List.of(kept, password)).allMatch(Files::exists);
	}

	@Test
	void anExistingFolderWrittenWithTheDefaultUmaskIsMadeTheOwnersOnly() throws Exception {
		assumeThat(DataDirectory.posix()).isTrue();
		Path uploads = Files.createDirectories(dir.resolve("uploads"));
		Path file = Files.writeString(uploads.resolve("c".repeat(64) + ".csv"), "x");
		Files.setPosixFilePermissions(uploads, PosixFilePermissions.fromString("rwxr-xr-x"));
		Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-rw-rw-"));

		DataDirectory.restrictTree(dir);

		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(uploads))).isEqualTo("rwx------");
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
	}

	@Test
	void aKeptUploadAndItsFolderAreTheOwnersOnlyWhateverTheUmask() throws Exception {
		assumeThat(DataDirectory.posix()).isTrue();
		UploadStore store = new UploadStore(dir.toString());

		UploadStore.Upload first = store.save(new java.io.ByteArrayInputStream("a,b\n1,2\n".getBytes()), "x.csv");
		UploadStore.Upload again = store.save(new java.io.ByteArrayInputStream("a,b\n1,2\n".getBytes()), "x.csv");

		assertThat(again.path()).isEqualTo(first.path());
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(first.path()))).isEqualTo("rw-------");
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("uploads"))))
			.isEqualTo("rwx------");
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("spool"))))
			.isEqualTo("rwx------");
	}

	@Test
	void anUploadThatBreaksOffLeavesNoPartialFile() {
		UploadStore store = new UploadStore(dir.toString());
		InputStream breaksOff = new InputStream() {
			int sent;

			@Override
			public int read() throws IOException {
				if (sent++ > 100_000) {
					throw new IOException("connection reset");
				}
				return 'x';
			}
		};

		assertThatThrownBy(() -> store.save(breaksOff, "survey.csv")).hasMessageContaining("survey.csv");
		assertThat(dir.resolve("uploads").toFile().list()).isEmpty();
	}

}

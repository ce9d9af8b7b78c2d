package io.github.peatmoss.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.peatmoss.dataset.InvalidDatabaseException.Problem;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files that are not usable PeaTMOSS databases fail with a typed error naming the problem, and stay unchanged. */
class BadFilesTest {
  @TempDir
  Path tmp;

  private InvalidDatabaseException openFails(Path file) {
    String before = Files.exists(file) ? TestDatabases.sha256(file) : null;
    Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(
        () -> PeatmossDataset.open(file).close());
    assertThat(thrown).isInstanceOf(InvalidDatabaseException.class);
    if (before != null) {
      assertThat(TestDatabases.sha256(file)).as("checksum after a failed open").isEqualTo(before);
    }
    return (InvalidDatabaseException) thrown;
  }

  @Test
  void open_whenFileMissing_throwsNotFound() {
    InvalidDatabaseException e = openFails(tmp.resolve("nope.db"));
    assertThat(e.problem()).isEqualTo(Problem.NOT_FOUND);
    assertThat(e).hasMessageContaining("nope.db").hasMessageContaining("check the path");
  }

  @Test
  void open_whenZeroBytes_throwsEmpty() throws Exception {
    Path file = Files.createFile(tmp.resolve("empty.db"));
    InvalidDatabaseException e = openFails(file);
    assertThat(e.problem()).isEqualTo(Problem.EMPTY);
    assertThat(e).hasMessageContaining("is empty (0 bytes)");
    assertThat(Files.size(file)).isZero();
  }

  @Test
  void open_whenNotSqlite_throwsNotSqlite() throws Exception {
    Path file = Files.writeString(
        tmp.resolve("PeaTMOSS.db"), "PK\u0003\u0004 this is a zip, not the database");
    InvalidDatabaseException e = openFails(file);
    assertThat(e.problem()).isEqualTo(Problem.NOT_SQLITE);
    assertThat(e).hasMessageContaining("not a SQLite database").hasMessageContaining("unzip");
  }

  @Test
  void open_whenTruncated_throwsTruncated() throws Exception {
    Path file = PeatmossDataset.copySample(tmp.resolve("sample.db"));
    byte[] bytes = Files.readAllBytes(file);
    Files.write(file, Arrays.copyOf(bytes, bytes.length / 2 + 100));
    InvalidDatabaseException e = openFails(file);
    assertThat(e.problem()).isEqualTo(Problem.TRUNCATED);
    assertThat(e).hasMessageContaining("truncated").hasMessageContaining("fetch the file again");
  }

  @Test
  void open_whenTruncatedToAWholeNumberOfPages_throwsTruncated() throws Exception {
    Path file = PeatmossDataset.copySample(tmp.resolve("sample.db"));
    byte[] bytes = Files.readAllBytes(file);
    Files.write(file, Arrays.copyOf(bytes, 4096 * 4));
    assertThat(openFails(file).problem()).isEqualTo(Problem.TRUNCATED);
  }

  @Test
  void open_whenSchemaPageIsGarbage_throwsCorrupt() throws Exception {
    Path file = PeatmossDataset.copySample(tmp.resolve("sample.db"));
    try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
      raf.seek(100);
      byte[] garbage = new byte[3000];
      Arrays.fill(garbage, (byte) 0x5a);
      raf.write(garbage);
    }
    InvalidDatabaseException e = openFails(file);
    assertThat(e.problem()).isEqualTo(Problem.CORRUPT);
    assertThat(e).hasMessageContaining("corrupt");
  }

  @Test
  void open_whenSqliteWithoutPeatmossTables_namesWhatIsMissing() throws Exception {
    Path file = tmp.resolve("other.db");
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
        Statement s = c.createStatement()) {
      s.executeUpdate("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)");
    }
    InvalidDatabaseException e = openFails(file);
    assertThat(e.problem()).isEqualTo(Problem.NOT_PEATMOSS);
    assertThat(e)
        .hasMessageContaining("it has none of the 56 PeaTMOSS tables (its tables: notes)")
        .hasMessageNotContaining("lacks none");
    assertThat(e.missingTables()).hasSize(56).contains("model", "reuse_repository");
  }

  @Test
  void open_whenSqliteWithNoTablesAtAll_saysSo() throws Exception {
    Path file = tmp.resolve("bare.db");
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
        Statement s = c.createStatement()) {
      s.executeUpdate("PRAGMA user_version = 7");
    }
    InvalidDatabaseException e = openFails(file);
    assertThat(e.problem()).isEqualTo(Problem.NOT_PEATMOSS);
    assertThat(e)
        .hasMessageContaining("it has none of the 56 PeaTMOSS tables (it has no tables at all)");
  }

  @Test
  void open_whenSomePeatmossTablesMissing_listsThem() throws Exception {
    Path file = TestDatabases.r1(tmp.resolve("partial.db"));
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
        Statement s = c.createStatement()) {
      s.executeUpdate("DROP TABLE reuse_file");
      s.executeUpdate("DROP TABLE model_to_tag");
    }
    InvalidDatabaseException e = openFails(file);
    assertThat(e.missingTables()).containsExactly("model_to_tag", "reuse_file");
    assertThat(e).hasMessageContaining("it lacks the PeaTMOSS tables [model_to_tag, reuse_file]");
  }

  @Test
  void open_whenPlainText_namesTheFile() throws Exception {
    Path file = Files.write(tmp.resolve("notes.txt"), "hello".getBytes(StandardCharsets.UTF_8));
    assertThat(openFails(file)).hasMessageContaining("notes.txt");
  }

  @Test
  void invalidDatabaseException_isADatasetException() {
    assertThatThrownBy(() -> PeatmossDataset.open(tmp.resolve("missing.db")))
        .isInstanceOf(DatasetException.class)
        .isInstanceOf(io.github.peatmoss.core.exception.PeatmossException.class);
  }
}

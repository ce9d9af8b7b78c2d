package io.github.peatmoss.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.peatmoss.core.exception.PeatmossException;
import io.github.peatmoss.core.model.Model;
import io.github.peatmoss.core.model.ModelHub;
import io.github.peatmoss.core.model.ModelId;
import io.github.peatmoss.dataset.InvalidDatabaseException.Problem;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files the writer cannot write fail with an exception of the SDK's tree whose message names the file, says
 * what is wrong and what to do, and the file is left as it was. Real SQLite files throughout.
 */
class WriterFailuresTest {
  @TempDir
  Path tmp;

  private static final Model MODEL = Model.builder()
      .id(ModelId.of("acme-ai/tiny-bert"))
      .hub(ModelHub.HUGGING_FACE)
      .addTag("fill-mask")
      .build();

  /** Opens a writer on {@code file} and writes one model; returns what that threw, checking the file is unchanged. */
  private static Throwable writeFails(Path file) {
    String before = TestDatabases.sha256(file);
    Throwable thrown = catchThrowable(() -> {
      try (PeatmossWriter writer = PeatmossWriter.open(file)) {
        writer.write(batch -> batch.upsertModel(MODEL));
      }
    });
    assertThat(thrown).isInstanceOf(PeatmossException.class);
    assertThat(TestDatabases.sha256(file)).as("checksum after the failed write").isEqualTo(before);
    return thrown;
  }

  private Path writtenDatabase() {
    Path file = tmp.resolve("mined.db");
    try (PeatmossWriter writer = PeatmossWriter.open(file)) {
      writer.write(batch -> batch.upsertModel(MODEL));
    }
    return file;
  }

  @Test
  void open_whenNotSqlite_throwsNotSqlite() throws Exception {
    Path file =
        Files.writeString(tmp.resolve("mined.db"), "model,downloads\nacme-ai/tiny-bert,10\n");
    Throwable thrown = writeFails(file);
    assertThat(thrown).isInstanceOf(InvalidDatabaseException.class);
    assertThat(((InvalidDatabaseException) thrown).problem()).isEqualTo(Problem.NOT_SQLITE);
    assertThat(thrown)
        .hasMessageContaining("mined.db")
        .hasMessageContaining("not a SQLite database");
  }

  @Test
  void open_whenTruncated_throwsTruncated() throws Exception {
    Path file = writtenDatabase();
    byte[] bytes = Files.readAllBytes(file);
    Files.write(file, Arrays.copyOf(bytes, bytes.length / 2 + 100));
    Throwable thrown = writeFails(file);
    assertThat(thrown).isInstanceOf(InvalidDatabaseException.class);
    assertThat(((InvalidDatabaseException) thrown).problem()).isEqualTo(Problem.TRUNCATED);
    assertThat(thrown)
        .hasMessageContaining("truncated")
        .hasMessageContaining("fetch the file again");
  }

  @Test
  void open_whenSchemaPageIsGarbage_throwsCorrupt() throws Exception {
    Path file = writtenDatabase();
    try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
      raf.seek(100);
      byte[] garbage = new byte[3000];
      Arrays.fill(garbage, (byte) 0x5a);
      raf.write(garbage);
    }
    Throwable thrown = writeFails(file);
    assertThat(thrown).isInstanceOf(InvalidDatabaseException.class);
    assertThat(((InvalidDatabaseException) thrown).problem()).isEqualTo(Problem.CORRUPT);
    assertThat(thrown)
        .hasMessageContaining("mined.db is corrupt")
        .hasMessageContaining("fetch the file again");
  }

  /**
   * A database SQLite must treat as read-only (write version 3 in its header, as SQLite's format says of
   * versions above 2): the same refusal as a read-only file or folder gives, and one a test can make even
   * when it runs as root, whom file permissions do not stop.
   */
  @Test
  void write_whenDatabaseIsReadOnly_saysSoAndWhatToDo() throws Exception {
    Path file = writtenDatabase();
    try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
      raf.seek(18);
      raf.write(3);
    }
    Throwable thrown = writeFails(file);
    assertThat(thrown).isExactlyInstanceOf(DatasetException.class);
    assertThat(thrown)
        .hasMessageContaining("mined.db")
        .hasMessageContaining("the database is read-only")
        .hasMessageContaining("make the file and its folder writable");
  }

  @Test
  void open_whenFolderCannotBeCreated_saysSoAndWhatToDo() throws Exception {
    Path notAFolder = Files.writeString(tmp.resolve("data"), "a file where a folder should be");
    Throwable thrown = catchThrowable(() -> PeatmossWriter.open(notAFolder.resolve("mined.db")));
    assertThat(thrown).isExactlyInstanceOf(DatasetException.class);
    assertThat(thrown)
        .hasMessageContaining("cannot create")
        .hasMessageContaining("mined.db")
        .hasMessageContaining("check that its folder is writable");
  }

  @Test
  void open_whenPathIsAFolder_saysSoAndWhatToDo() throws Exception {
    Path folder = Files.createDirectory(tmp.resolve("mined.db"));
    Throwable thrown = catchThrowable(() -> PeatmossWriter.open(folder));
    assertThat(thrown).isInstanceOf(DatasetException.class);
    assertThat(thrown).hasMessageContaining("mined.db");
  }
}

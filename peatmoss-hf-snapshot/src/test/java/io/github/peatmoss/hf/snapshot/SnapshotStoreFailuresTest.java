package io.github.peatmoss.hf.snapshot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.peatmoss.dataset.DatasetException;
import io.github.peatmoss.dataset.InvalidDatabaseException;
import io.github.peatmoss.dataset.InvalidDatabaseException.Problem;
import io.github.peatmoss.dataset.PeatmossWriter;
import io.github.peatmoss.hf.HfClient;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A snapshot into a database file the store cannot use fails with an exception of the SDK's tree naming the
 * file, what is wrong and what to do; the file is left as it was. Real SQLite files.
 */
class SnapshotStoreFailuresTest {
  @StartStop
  private final MockWebServer server = new MockWebServer();

  private final FakeSnapshotHub hub = new FakeSnapshotHub();

  @TempDir
  Path dir;

  @BeforeEach
  void setUp() {
    server.setDispatcher(hub);
    hub.addTinyBert("acme/tiny-bert", 1200);
  }

  private Throwable snapshotFails(Path db) throws Exception {
    byte[] before = Files.readAllBytes(db);
    Throwable thrown = catchThrowable(() -> HfSnapshotter.of(
            HfClient.builder().endpoint(server.url("/").uri()).build())
        .snapshot(db, SnapshotOptions.peatmoss(), SnapshotListener.NONE));
    assertThat(thrown).isInstanceOf(DatasetException.class);
    assertThat(Files.readAllBytes(db)).as("the file after the failed snapshot").isEqualTo(before);
    return thrown;
  }

  private Path writtenDatabase() {
    Path db = dir.resolve("snap.db");
    PeatmossWriter.open(db).close();
    return db;
  }

  @Test
  void snapshot_intoNonSqliteFile_throwsNotSqlite() throws Exception {
    Path db = Files.writeString(dir.resolve("snap.db"), "{\"models\": []}\n");
    Throwable thrown = snapshotFails(db);
    assertThat(thrown).isInstanceOf(InvalidDatabaseException.class);
    assertThat(((InvalidDatabaseException) thrown).problem()).isEqualTo(Problem.NOT_SQLITE);
    assertThat(thrown)
        .hasMessageContaining("snap.db")
        .hasMessageContaining("not a SQLite database");
  }

  @Test
  void snapshot_intoTruncatedFile_throwsTruncated() throws Exception {
    Path db = writtenDatabase();
    byte[] bytes = Files.readAllBytes(db);
    Files.write(db, Arrays.copyOf(bytes, bytes.length - 1000));
    Throwable thrown = snapshotFails(db);
    assertThat(thrown).isInstanceOf(InvalidDatabaseException.class);
    assertThat(((InvalidDatabaseException) thrown).problem()).isEqualTo(Problem.TRUNCATED);
    assertThat(thrown)
        .hasMessageContaining("truncated")
        .hasMessageContaining("fetch the file again");
  }

  /** SQLite treats a file whose header says write version 3 as read-only, as it does a read-only file. */
  @Test
  void snapshot_intoReadOnlyDatabase_saysSoAndWhatToDo() throws Exception {
    Path db = writtenDatabase();
    try (RandomAccessFile raf = new RandomAccessFile(db.toFile(), "rw")) {
      raf.seek(18);
      raf.write(3);
    }
    Throwable thrown = snapshotFails(db);
    assertThat(thrown).isExactlyInstanceOf(DatasetException.class);
    assertThat(thrown)
        .hasMessageContaining("snap.db")
        .hasMessageContaining("the database is read-only")
        .hasMessageContaining("make the file and its folder writable");
  }
}

package io.github.peatmoss.benchmarks;

import io.github.peatmoss.core.model.LookupKind;
import io.github.peatmoss.core.model.Model;
import io.github.peatmoss.dataset.ModelQuery;
import io.github.peatmoss.dataset.PeatmossDataset;
import io.github.peatmoss.dataset.internal.ScaleDatasetGenerator;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Streams every model of a full-scale PeaTMOSS database (281,638 models) with its licenses and tags: through
 * {@link PeatmossDataset#streamModels} (typed values, batched lookups), and through a plain-JDBC loop that does
 * the same joins in the cheapest way plain JDBC allows (three cursors ordered by model id, merged in one pass,
 * into plain Java objects). Each fork runs with {@code -Xmx256m}; after each iteration the benchmark prints the
 * peak heap of that iteration. If the database is missing, setup writes it with the scale generator first.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 10)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xmx256m", "-Xms256m"})
public class DatasetReaderBenchmark {
  /** The full-scale database; generated there when absent. */
  @Param("target/peatmoss-scale.db")
  public String db;

  private PeatmossDataset dataset;

  /** Opens (and if needed generates) the database. */
  @Setup(Level.Trial)
  public void open() throws Exception {
    Path file = Path.of(db);
    if (!Files.exists(file)) {
      ScaleDatasetGenerator.main(new String[] {file.toString()});
    }
    dataset = PeatmossDataset.open(file);
  }

  /** Closes the database. */
  @TearDown(Level.Trial)
  public void close() {
    dataset.close();
  }

  /** Forgets the previous iteration's heap peaks. */
  @Setup(Level.Iteration)
  public void resetPeaks() {
    System.gc();
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        pool.resetPeakUsage();
      }
    }
  }

  /** Prints this iteration's heap peaks: the sum over heap pools (an upper bound) and the old generation's. */
  @TearDown(Level.Iteration)
  public void printPeaks() {
    long sum = 0;
    long old = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        long peak = pool.getPeakUsage().getUsed();
        sum += peak;
        if (pool.getName().contains("Old")) {
          old = peak;
        }
      }
    }
    System.out.printf(
        "%n[peak heap] sum of pool peaks %.1f MiB, old generation peak %.1f MiB, max heap %.0f MiB%n",
        sum / 1048576.0, old / 1048576.0, Runtime.getRuntime().maxMemory() / 1048576.0);
  }

  /** The reader: every model as a typed {@link Model} with its licenses and tags. */
  @Benchmark
  public long reader() {
    long checksum = 0;
    ModelQuery query = ModelQuery.builder()
        .addLookup(LookupKind.LICENSE)
        .addLookup(LookupKind.TAG)
        .build();
    try (Stream<Model> models = dataset.streamModels(query)) {
      for (Model m : (Iterable<Model>) models::iterator) {
        checksum += m.id().value().length()
            + m.licenses().size()
            + m.tags().size()
            + m.downloads().orElse(0);
      }
    }
    return checksum;
  }

  /** A plain model row with its licenses and tags, as a hand-written JDBC loop would build it. */
  static final class Row {
    final long id;
    final String contextId;
    final String sha;
    final String repoUrl;
    final long downloads;
    final long likes;
    final boolean snapshot;
    final String hub;
    final String hubUrl;
    final List<String> licenses = new ArrayList<>(2);
    final List<String> tags = new ArrayList<>(6);

    Row(ResultSet rs) throws SQLException {
      id = rs.getLong(1);
      contextId = rs.getString(2);
      sha = rs.getString(3);
      repoUrl = rs.getString(4);
      downloads = rs.getLong(5);
      likes = rs.getLong(6);
      snapshot = rs.getLong(7) != 0;
      hub = rs.getString(8);
      hubUrl = rs.getString(9);
    }
  }

  /**
   * Plain JDBC: the same columns and joins as the reader (model + hub, licenses, tags), three cursors merged by
   * model id into plain objects.
   */
  @Benchmark
  public long plainJdbc() throws SQLException {
    long checksum = 0;
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:file:" + db + "?mode=ro");
        Statement s1 = c.createStatement();
        Statement s2 = c.createStatement();
        Statement s3 = c.createStatement();
        ResultSet models =
            s1.executeQuery("SELECT m.id, m.context_id, m.sha, m.repo_url, m.downloads,"
                + " m.likes, m.has_snapshot, h.name, h.url FROM model m"
                + " LEFT JOIN model_hub h ON h.id = m.model_hub_id ORDER BY m.id");
        ResultSet licenses =
            s2.executeQuery("SELECT j.model_id, l.name FROM model_to_license j JOIN license l"
                + " ON l.id = j.license_id ORDER BY j.model_id, j.license_id");
        ResultSet tags = s3.executeQuery("SELECT j.model_id, t.name FROM model_to_tag j JOIN tag t"
            + " ON t.id = j.tag_id ORDER BY j.model_id, j.tag_id")) {
      boolean moreLicenses = licenses.next();
      boolean moreTags = tags.next();
      while (models.next()) {
        Row row = new Row(models);
        while (moreLicenses && licenses.getLong(1) <= row.id) {
          if (licenses.getLong(1) == row.id) {
            row.licenses.add(licenses.getString(2));
          }
          moreLicenses = licenses.next();
        }
        while (moreTags && tags.getLong(1) <= row.id) {
          if (tags.getLong(1) == row.id) {
            row.tags.add(tags.getString(2));
          }
          moreTags = tags.next();
        }
        checksum += row.contextId.length() + row.licenses.size() + row.tags.size() + row.downloads;
      }
    }
    return checksum;
  }
}

package io.github.peatmoss.dataset;

import io.github.peatmoss.core.model.Discussion;
import io.github.peatmoss.core.model.ExtractedMetadata;
import io.github.peatmoss.core.model.GitHubIssue;
import io.github.peatmoss.core.model.GitHubPullRequest;
import io.github.peatmoss.core.model.GitRef;
import io.github.peatmoss.core.model.HfCommit;
import io.github.peatmoss.core.model.Model;
import io.github.peatmoss.core.model.ModelHub;
import io.github.peatmoss.core.model.ModelId;
import io.github.peatmoss.core.model.RepoRef;
import io.github.peatmoss.core.model.ReuseFile;
import io.github.peatmoss.core.model.ReuseLink;
import io.github.peatmoss.core.model.ReuseRepository;
import io.github.peatmoss.dataset.internal.DatabaseFiles;
import io.github.peatmoss.dataset.internal.Schema;
import io.github.peatmoss.dataset.internal.WritableDatabase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.JdbiException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes core values into a PeaTMOSS-compatible SQLite database: the R2 schema exactly as published, plus
 * secondary indexes, so {@link PeatmossDataset} and SQL written for the published file both work on it.
 *
 * <p>Writes happen in {@linkplain #write(Consumer) transactional batches}: a batch is committed whole or not
 * at all. Every upsert is idempotent: writing the same model twice leaves one row, and writing a value again
 * replaces its lookups and children only when they differ, so row ids stay stable. Together this makes a
 * writer resumable: after a crash (even a killed process), rerun the same input and the database ends up
 * exactly as an uninterrupted run leaves it, with nothing lost or duplicated. Values refer to each other by
 * id; writing a reuse link, commit or discussion before its model creates a minimal model row that a later
 * {@link Batch#upsertModel(Model)} fills in.
 *
 * <p>From a crawler: open the writer once, then write each page of results as one batch, so a crash loses at
 * most the page in flight and a rerun starts where the pages are not yet written:
 *
 * <pre>{@code
 * try (PeatmossWriter writer = PeatmossWriter.open(Path.of("mined.db"))) {
 *   for (Page<Model> page : hub.listModels().byPage()) {
 *     writer.write(batch -> page.items().forEach(batch::upsertModel));
 *   }
 * }
 * }</pre>
 *
 * <p>Not thread-safe: use one writer from one thread (SQLite allows one writer per file at a time anyway).
 * Close it to release the file.
 */
public final class PeatmossWriter implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(PeatmossWriter.class);

  private final WritableDatabase database;
  private final WriterRows rows;
  private final Lookups lookups;
  private final ModelUpserts models;
  private final ActivityUpserts activity;
  private final GitHubUpserts github;
  private final MetadataUpserts metadata;
  private final MiningCheckpoints checkpoints;
  private boolean writing;
  private boolean closed;

  private PeatmossWriter(WritableDatabase database) {
    this.database = database;
    this.rows = new WriterRows(database.handle());
    SetSync sets = new SetSync(rows);
    this.lookups = new Lookups(rows);
    this.models = new ModelUpserts(rows, lookups, sets);
    this.activity = new ActivityUpserts(rows, lookups, sets);
    this.github = new GitHubUpserts(rows, lookups, sets);
    this.metadata = new MetadataUpserts(lookups, sets);
    this.checkpoints = new MiningCheckpoints(rows);
  }

  /**
   * Opens {@code file} for writing, creating it with the R2 schema if it does not exist or holds no tables yet.
   * An existing file must be an R2 PeaTMOSS database (one this writer made, or the published R2 file, which
   * then gains the writer's secondary indexes).
   *
   * @throws InvalidDatabaseException if the file exists but is not a PeaTMOSS database
   * @throws UnsupportedSchemaException if the file is an R1 database
   * @throws DatasetException if the file cannot be created or SQLite cannot open it
   */
  public static PeatmossWriter open(Path file) {
    Objects.requireNonNull(file, "file == null");
    Path absolute = file.toAbsolutePath();
    boolean fresh;
    try {
      if (absolute.getParent() != null) {
        Files.createDirectories(absolute.getParent());
      }
      fresh = !Files.exists(absolute) || Files.size(absolute) == 0;
    } catch (IOException e) {
      throw new DatasetException(
          "cannot create " + absolute + ": " + e.getMessage()
              + "; check that its folder is writable",
          e);
    }
    if (!fresh) {
      DatabaseFiles.checkHeader(absolute);
    }
    WritableDatabase database = WritableDatabase.open(absolute);
    try {
      database.useTransaction("preparing the schema", handle -> prepareSchema(handle, absolute));
      return new PeatmossWriter(database);
    } catch (RuntimeException e) {
      try {
        database.close();
      } catch (RuntimeException suppressed) {
        e.addSuppressed(suppressed);
      }
      throw e;
    }
  }

  /** Creates the R2 schema in an empty file, or checks that a file holds one; adds the writer's indexes. */
  private static void prepareSchema(Handle handle, Path file) {
    Set<String> tables = Schema.tables(handle);
    if (tables.isEmpty()) {
      Schema.createR1(handle);
      Schema.upgradeToR2(handle);
      for (ModelHub hub : List.of(ModelHub.HUGGING_FACE, ModelHub.PYTORCH_HUB)) {
        WriterRows.insert(new WriterRows(handle)
            .query(Lookups.class, "insert-hub", "model_hub")
            .bind("name", hub.name())
            .bind("url", hub.url().orElse(null)));
      }
      log.debug("created PeaTMOSS R2 schema");
    } else {
      List<String> missing =
          Schema.R1_TABLES.stream().filter(t -> !tables.contains(t)).sorted().toList();
      if (!missing.isEmpty()) {
        throw new InvalidDatabaseException(
            InvalidDatabaseException.Problem.NOT_PEATMOSS,
            file,
            file
                + " is a SQLite database but not a PeaTMOSS one: "
                + Schema.describeMissing(missing, tables) + "; write into a new file instead",
            missing,
            null);
      }
      if (!tables.containsAll(Schema.R2_ADDED_TABLES)) {
        throw new UnsupportedSchemaException(
            "writing with PeatmossWriter", SchemaVersion.R2, SchemaVersion.R1);
      }
    }
    Schema.createWriterIndexes(handle);
  }

  /** Returns the file this writer writes. */
  public Path file() {
    return database.file();
  }

  /**
   * Runs {@code work} as one transaction: everything it upserts is committed together, or, if it throws,
   * nothing is.
   *
   * @throws DatasetException if SQLite fails; the batch is rolled back
   * @throws IllegalStateException if called from inside a batch or after {@link #close()}
   */
  public void write(Consumer<Batch> work) {
    Objects.requireNonNull(work, "work == null");
    checkOpen();
    if (writing) {
      throw new IllegalStateException(
          "write(..) called inside a batch; upsert through the batch given to you");
    }
    writing = true;
    try {
      database.useTransaction("writing a batch (rolled back)", handle -> {
        work.accept(new Batch());
        rows.flush(); // the rows still queued in prepared batches, before commit
      });
    } catch (RuntimeException | Error e) {
      rows.discard();
      lookups.clear(); // the rollback may have removed rows the caches hold
      throw e;
    } finally {
      writing = false;
    }
  }

  /**
   * Returns the stored checkpoint of a mining source, creating the checkpoint table on first use; for {@link
   * Miner}.
   *
   * @throws DatasetException if SQLite fails
   */
  Optional<MiningCheckpoint> miningCheckpoint(String source) {
    checkOpen();
    return database.inTransaction("reading the mining checkpoint of '" + source + "'", handle -> {
      checkpoints.createTable();
      return checkpoints.find(source);
    });
  }

  /**
   * Returns up to {@code limit} items of the work list {@code list} of a mining source, from position {@code
   * from} (0 is the first), in the order they were appended with {@link Batch#appendMiningWork}. A {@link
   * Miner} page that finds work for later pages appends it; the later pages read it here.
   *
   * @throws DatasetException if SQLite fails
   */
  public List<String> miningWork(String source, String list, long from, int limit) {
    Objects.requireNonNull(source, "source == null");
    Objects.requireNonNull(list, "list == null");
    if (from < 0 || limit < 0) {
      throw new IllegalArgumentException("from and limit must be >= 0: " + from + ", " + limit);
    }
    return readMiningTables(
        "reading the mining work of '" + source + "'",
        () -> checkpoints.readWork(source, list, from, limit));
  }

  /**
   * Returns how many items the work list {@code list} of a mining source holds.
   *
   * @throws DatasetException if SQLite fails
   */
  public long miningWorkSize(String source, String list) {
    Objects.requireNonNull(source, "source == null");
    Objects.requireNonNull(list, "list == null");
    return readMiningTables(
        "reading the mining work of '" + source + "'", () -> checkpoints.workSize(source, list));
  }

  /**
   * Returns the running counts of a mining source (added with {@link Batch#addMiningCounts}), by name; they
   * cover every run since the source last started from its first page.
   *
   * @throws DatasetException if SQLite fails
   */
  public Map<String, Long> miningCounts(String source) {
    Objects.requireNonNull(source, "source == null");
    return readMiningTables(
        "reading the mining counts of '" + source + "'", () -> checkpoints.counts(source));
  }

  /** Use after {@link #close()} is a programmer error, not a runtime failure. */
  private void checkOpen() {
    if (closed) {
      throw new IllegalStateException("writer for " + file() + " is closed; open a new one");
    }
  }

  private <R> R readMiningTables(String what, Supplier<R> read) {
    checkOpen();
    if (writing) {
      throw new IllegalStateException(what + " inside a batch; read before or after write(..)");
    }
    return database.inTransaction(what, handle -> {
      checkpoints.createTable();
      return read.get();
    });
  }

  /**
   * Closes the database file; an open batch cannot exist here, since batches run inside {@link #write}.
   *
   * @throws DatasetException if SQLite fails to close the file
   */
  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    database.close();
  }

  /**
   * One transaction's worth of upserts, handed to the work given to {@link PeatmossWriter#write(Consumer)}.
   * Valid only while that work runs; not thread-safe. Each upsert is one method here that delegates to the
   * class of its area ({@code ModelUpserts}, {@code ActivityUpserts}, {@code GitHubUpserts}, {@code
   * MetadataUpserts}); see the package documentation for adding one.
   */
  public final class Batch {
    private Batch() {}

    /** Runs one upsert, turning a JDBI failure into a {@link DatasetException} naming {@code what}. */
    private void upsert(String what, Runnable work) {
      if (!writing) {
        throw new IllegalStateException(
            "this batch has ended; write inside the work given to write(..)");
      }
      try {
        work.run();
      } catch (JdbiException e) {
        throw database.failure("writing " + what, e);
      }
    }

    /** Inserts or replaces the checkpoint of its source, in this batch's transaction; for {@link Miner}. */
    void saveMiningCheckpoint(MiningCheckpoint checkpoint) {
      upsert("mining checkpoint of '" + checkpoint.source() + "'", () -> {
        checkpoints.createTable();
        checkpoints.save(checkpoint);
      });
    }

    /** Deletes the work lists and counts of a source, in this batch's transaction; for {@link Miner}. */
    void clearMiningState(String source) {
      upsert("mining state of '" + source + "'", () -> {
        checkpoints.createTable();
        checkpoints.clear(source);
      });
    }

    /**
     * Appends {@code items} (opaque text, such as one JSON object each) to the work list {@code list} of a
     * mining source, for later pages to read with {@link PeatmossWriter#miningWork}. Committed with this batch,
     * so a page's work and its checkpoint go together; a {@link Miner} run that starts from the first page
     * empties the source's lists.
     *
     * @throws DatasetException if SQLite fails
     */
    public void appendMiningWork(String source, String list, List<String> items) {
      Objects.requireNonNull(source, "source == null");
      Objects.requireNonNull(list, "list == null");
      List<String> copy = List.copyOf(items);
      upsert("mining work of '" + source + "'", () -> {
        checkpoints.createTable();
        checkpoints.appendWork(source, list, copy);
      });
    }

    /**
     * Adds {@code deltas} to the running counts of a mining source, committed with this batch (so a page's
     * counts go with its rows); a {@link Miner} run that starts from the first page sets them to zero.
     *
     * @throws DatasetException if SQLite fails
     */
    public void addMiningCounts(String source, Map<String, Long> deltas) {
      Objects.requireNonNull(source, "source == null");
      Map<String, Long> copy = new TreeMap<>(deltas); // name order: the same rows in every process
      upsert("mining counts of '" + source + "'", () -> {
        checkpoints.createTable();
        checkpoints.addCounts(source, copy);
      });
    }

    /**
     * Inserts or updates a model (keyed by its id) and makes its lookups exactly the model's.
     *
     * @throws DatasetException if SQLite fails
     */
    public void upsertModel(Model model) {
      Objects.requireNonNull(model, "model == null");
      upsert("model " + model.id(), () -> models.model(model));
    }

    /**
     * Inserts or updates a downstream repository (keyed by owner and name) and makes its licenses exactly the
     * value's.
     *
     * @throws DatasetException if SQLite fails
     */
    public void upsertReuseRepository(ReuseRepository repository) {
      Objects.requireNonNull(repository, "repository == null");
      upsert(
          "reuse repository " + repository.repository(), () -> models.reuseRepository(repository));
    }

    /**
     * Records that a model is reused by a downstream repository (once, however often it is written).
     *
     * @throws DatasetException if SQLite fails
     */
    public void upsertReuseLink(ReuseLink link) {
      Objects.requireNonNull(link, "link == null");
      upsert(
          "reuse link " + link.model() + " -> " + link.repository(),
          () -> models.link(link.model(), link.repository()));
    }

    /**
     * Records a file of a downstream repository where a model is reused, and the reuse link it implies.
     *
     * @throws DatasetException if SQLite fails
     */
    public void upsertReuseFile(ReuseFile reuseFile) {
      Objects.requireNonNull(reuseFile, "reuseFile == null");
      upsert("reuse file " + reuseFile.path(), () -> models.reuseFile(reuseFile));
    }

    /**
     * Inserts or updates a Hugging Face commit (keyed by model and commit sha) with its authors.
     *
     * @throws DatasetException if SQLite fails
     */
    public void upsertHfCommit(HfCommit commit) {
      Objects.requireNonNull(commit, "commit == null");
      upsert(
          "commit " + commit.commitId() + " of " + commit.model(), () -> activity.commit(commit));
    }

    /**
     * Inserts or updates a branch or tag of a model's Hugging Face repository (keyed by model, kind and name).
     *
     * @throws DatasetException if SQLite fails
     */
    public void upsertGitRef(GitRef ref) {
      Objects.requireNonNull(ref, "ref == null");
      upsert("git ref " + ref.name() + " of " + ref.model(), () -> activity.gitRef(ref));
    }

    /**
     * Inserts or updates a Hugging Face discussion or pull request (keyed by model and number) with its authors,
     * conflicting files and events.
     *
     * @throws DatasetException if SQLite fails
     */
    public void upsertDiscussion(Discussion discussion) {
      Objects.requireNonNull(discussion, "discussion == null");
      upsert(
          "discussion #" + discussion.num() + " of " + discussion.model(),
          () -> activity.discussion(discussion));
    }

    /**
     * Inserts or updates a GitHub issue of a model's own repository (PyTorch Hub models), keyed by its URL.
     *
     * @throws DatasetException if SQLite fails
     */
    public void upsertModelIssue(ModelId model, GitHubIssue issue) {
      Objects.requireNonNull(model, "model == null");
      Objects.requireNonNull(issue, "issue == null");
      upsert("issue " + issue.url(), () -> github.modelIssue(model, issue));
    }

    /**
     * Inserts or updates a GitHub issue of a downstream repository, keyed by its URL.
     *
     * @throws DatasetException if SQLite fails
     */
    public void upsertRepositoryIssue(RepoRef repository, GitHubIssue issue) {
      Objects.requireNonNull(repository, "repository == null");
      Objects.requireNonNull(issue, "issue == null");
      upsert("issue " + issue.url(), () -> github.repositoryIssue(repository, issue));
    }

    /**
     * Inserts or updates a GitHub pull request of a model's own repository (PyTorch Hub models), keyed by URL.
     *
     * @throws DatasetException if SQLite fails
     */
    public void upsertModelPullRequest(ModelId model, GitHubPullRequest pullRequest) {
      Objects.requireNonNull(model, "model == null");
      Objects.requireNonNull(pullRequest, "pullRequest == null");
      upsert(
          "pull request " + pullRequest.url(), () -> github.modelPullRequest(model, pullRequest));
    }

    /**
     * Inserts or updates a GitHub pull request of a downstream repository, keyed by its URL.
     *
     * @throws DatasetException if SQLite fails
     */
    public void upsertRepositoryPullRequest(RepoRef repository, GitHubPullRequest pullRequest) {
      Objects.requireNonNull(repository, "repository == null");
      Objects.requireNonNull(pullRequest, "pullRequest == null");
      upsert(
          "pull request " + pullRequest.url(),
          () -> github.repositoryPullRequest(repository, pullRequest));
    }

    /**
     * Writes a model's extracted metadata into the R2 tables, replacing what was extracted before; the lookups
     * it shares with the model row (datasets, license, papers, languages, frameworks, libraries, domains, tasks)
     * are added to the model's, never removed. Hyper-parameters are stored as {@code name=value} text when
     * named, since the published table has one text column; an evaluation metric without a dataset is stored
     * under the dataset {@code unknown}, since {@code evaluation_metric.dataset_id} is NOT NULL.
     *
     * @throws DatasetException if SQLite fails
     */
    public void upsertExtractedMetadata(ExtractedMetadata metadata) {
      Objects.requireNonNull(metadata, "metadata == null");
      upsert(
          "extracted metadata of " + metadata.model(),
          () -> PeatmossWriter.this.metadata.metadata(metadata));
    }
  }
}

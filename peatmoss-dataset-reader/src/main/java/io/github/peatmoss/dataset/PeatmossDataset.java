package io.github.peatmoss.dataset;

import io.github.peatmoss.core.model.Discussion;
import io.github.peatmoss.core.model.ExtractedMetadata;
import io.github.peatmoss.core.model.GitHubIssue;
import io.github.peatmoss.core.model.GitHubPullRequest;
import io.github.peatmoss.core.model.GitRef;
import io.github.peatmoss.core.model.HfCommit;
import io.github.peatmoss.core.model.LicensedReuseLink;
import io.github.peatmoss.core.model.LookupKind;
import io.github.peatmoss.core.model.Model;
import io.github.peatmoss.core.model.ModelId;
import io.github.peatmoss.core.model.RepoRef;
import io.github.peatmoss.core.model.ReuseFile;
import io.github.peatmoss.core.model.ReuseLink;
import io.github.peatmoss.core.model.ReuseRepository;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jdbi.v3.core.Handle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A PeaTMOSS SQLite database opened read-only: the published {@code PeaTMOSS.db} (R1 or R2), a file written by
 * {@link PeatmossWriter}, or the bundled sample ({@link #openSample()}). The file is never modified, so it can
 * sit on a read-only file system and its checksum stays the same.
 *
 * <p>Small, bounded lookups ({@link #findModel}, {@link #reuseLinksOf(ModelId)}, ...) return a {@code List} or
 * {@code Optional}. Methods named {@code streamX} return a {@code Stream} that holds a database cursor: close it,
 * best with try-with-resources. Streams read rows in batches and load lookups with one query per lookup table
 * per batch, so memory stays bounded however large the file is.
 *
 * <pre>{@code
 * try (PeatmossDataset dataset = PeatmossDataset.open(Path.of("PeaTMOSS.db"));
 *      Stream<Model> models = dataset.streamModels(ModelQuery.builder().license("mit").build())) {
 *   models.forEach(m -> System.out.println(m.id() + " " + m.downloads()));
 * }
 * }</pre>
 *
 * <p>A row that no core value can hold is left out rather than ending a stream, and recorded with its reason in
 * {@link #skippedRows()}: a model whose stored name is not a {@linkplain ModelId model id} (NULL, or a form
 * {@code ModelId} rejects), or a reuse repository that is not a GitHub {@code owner/name}. {@link
 * #streamTable(String)} still returns such rows.
 *
 * <p>Thread-safe: every call uses its own connection, so one instance can be shared; each returned stream
 * belongs to the thread that consumes it. Close the dataset when done (for the sample, that deletes its
 * temporary copy).
 */
public final class PeatmossDataset implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(PeatmossDataset.class);
  private static final String SAMPLE_RESOURCE =
      "/io/github/peatmoss/dataset/sample/peatmoss-sample.db";

  private final ReadOnlyDatabase db;
  private final DatabaseInfo info;
  private final ModelReader models;
  private final ReuseReader reuse;
  private final TableReader tables;
  private final Path deleteOnClose;
  private volatile boolean closed;

  private PeatmossDataset(ReadOnlyDatabase db, Path deleteOnClose) {
    this.db = db;
    this.info = db.info();
    this.models = new ModelReader(info);
    this.reuse = new ReuseReader(db, models);
    this.tables = new TableReader(db);
    this.deleteOnClose = deleteOnClose;
  }

  /**
   * Opens a PeaTMOSS database read-only and detects its schema generation.
   *
   * @throws InvalidDatabaseException if the file is missing, empty, not SQLite, truncated, corrupt, or lacks
   *     PeaTMOSS tables ({@link InvalidDatabaseException#missingTables()} names them)
   */
  public static PeatmossDataset open(Path file) {
    Objects.requireNonNull(file, "file == null");
    return new PeatmossDataset(ReadOnlyDatabase.open(file.toAbsolutePath()), null);
  }

  /**
   * Opens the sample dataset bundled with the SDK: a small R2 database written by {@link PeatmossWriter} from
   * synthetic data, with every table filled, the published file's quirks, and license conflicts between models
   * and the repositories reusing them. The sample is copied to a temporary file that {@link #close()} deletes.
   */
  public static PeatmossDataset openSample() {
    Path copy;
    try {
      copy = Files.createTempFile("peatmoss-sample-", ".db");
      copy.toFile().deleteOnExit(); // a safety net for callers that never close the dataset
    } catch (IOException e) {
      throw new DatasetException(
          "cannot create a temporary file for the sample dataset: " + e.getMessage()
              + "; check that the temporary folder (java.io.tmpdir) is writable",
          e);
    }
    copySample(copy);
    try {
      return new PeatmossDataset(ReadOnlyDatabase.open(copy), copy);
    } catch (RuntimeException e) {
      deleteQuietly(copy);
      throw e;
    }
  }

  /**
   * Writes a fresh copy of the bundled sample dataset to {@code target} (replacing it) and returns
   * {@code target}; the copy is writable, so tests can change it and {@link PeatmossWriter} can add to it.
   */
  public static Path copySample(Path target) {
    Objects.requireNonNull(target, "target == null");
    try (InputStream in = PeatmossDataset.class.getResourceAsStream(SAMPLE_RESOURCE)) {
      if (in == null) {
        throw new DatasetException(
            "the bundled sample dataset " + SAMPLE_RESOURCE
                + " is missing from the classpath; rebuild peatmoss-dataset-reader (the build generates it)");
      }
      if (target.toAbsolutePath().getParent() != null) {
        Files.createDirectories(target.toAbsolutePath().getParent());
      }
      Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
      return target;
    } catch (IOException e) {
      throw new DatasetException(
          "cannot copy the sample dataset to " + target + ": " + e.getMessage()
              + "; check that the folder is writable and has space",
          e);
    }
  }

  /** Returns the database file. */
  public Path file() {
    return info.file();
  }

  /** Returns the schema generation of the file. */
  public SchemaVersion schema() {
    return info.schema();
  }

  /** Returns the names of the file's tables (SQLite's own excluded), sorted. */
  public Set<String> tables() {
    return Collections.unmodifiableSet(new TreeSet<>(info.tables()));
  }

  /**
   * Returns the rows typed queries on this dataset have left out so far because no core value can hold them,
   * each with the reason, in the order met: the first {@value SkipRecorder#KEPT} in full (see {@link
   * #skippedRowCount()} for the total). Such rows do not end a stream; {@link #streamTable(String)} returns
   * them as stored.
   */
  public List<SkippedRow> skippedRows() {
    return info.skips().rows();
  }

  /** Returns how many distinct rows typed queries on this dataset have left out so far. */
  public long skippedRowCount() {
    return info.skips().count();
  }

  /**
   * Returns the number of rows in each table, by table name in alphabetical order. Counts every table of the
   * file, which takes a few seconds on the full published database.
   *
   * @throws DatasetException if SQLite fails
   */
  public Map<String, Long> tableCounts() {
    return tables.counts();
  }

  /**
   * Returns the model with this id, with all its lookups.
   *
   * @throws DatasetException if SQLite fails
   */
  public Optional<Model> findModel(ModelId id) {
    Objects.requireNonNull(id, "id == null");
    return db.call(handle -> models.find(handle, id));
  }

  /**
   * Streams the models that match {@code query}, with the lookups it asks for. The stream holds a database
   * cursor until closed.
   *
   * @throws UnsupportedSchemaException if the query asks for an R2-only lookup of an R1 file
   * @throws DatasetException if SQLite fails (also while the stream is consumed)
   */
  public Stream<Model> streamModels(ModelQuery query) {
    Objects.requireNonNull(query, "query == null");
    Set<LookupKind> kinds =
        models.loadable(query.effectiveLookups(), !query.lookups().isEmpty());
    return db.stream(
        handle -> ModelReader.matching(handle, query).map(ModelReader.ROW).iterator(),
        (handle, rows) -> models.complete(handle, rows, kinds));
  }

  /**
   * Returns the models that match {@code query} as a list; give the query a limit, since the list is held in
   * memory (for example {@link ModelQuery#topByDownloads(int)}).
   *
   * @throws IllegalArgumentException if the query has no limit
   * @throws DatasetException if SQLite fails
   */
  public List<Model> listModels(ModelQuery query) {
    Objects.requireNonNull(query, "query == null");
    if (query.limit().isEmpty()) {
      throw new IllegalArgumentException(
          "listModels needs a query with a limit; use streamModels(..) to read"
              + " every matching model");
    }
    try (Stream<Model> stream = streamModels(query)) {
      return stream.collect(Collectors.toList());
    }
  }
  /**
   * Runs {@code work} on a stream of the models matching {@code query} and closes the stream afterwards.
   *
   * @throws DatasetException if SQLite fails
   */
  public <T> T withModels(ModelQuery query, Function<Stream<Model>, T> work) {
    Objects.requireNonNull(work, "work == null");
    try (Stream<Model> stream = streamModels(query)) {
      return work.apply(stream);
    }
  }
  /**
   * Streams every model-to-repository reuse link with the licenses of both sides, ordered by model, for a
   * license audit. Licenses load in batches; the stream holds a database cursor until closed.
   *
   * @throws UnsupportedSchemaException for an R1 file, which records no repository licenses
   * @throws DatasetException if SQLite fails (also while the stream is consumed)
   */
  public Stream<LicensedReuseLink> streamLicensedReuseLinks() {
    return reuse.streamLicensed();
  }

  /**
   * Streams every model-to-repository reuse link, ordered by model. The stream holds a database cursor.
   *
   * @throws DatasetException if SQLite fails (also while the stream is consumed)
   */
  public Stream<ReuseLink> streamReuseLinks() {
    return reuse.streamLinks();
  }

  /**
   * Returns the links from a model to the repositories that reuse it.
   *
   * @throws DatasetException if SQLite fails
   */
  public List<ReuseLink> reuseLinksOf(ModelId model) {
    Objects.requireNonNull(model, "model == null");
    return reuse.linksOf(model);
  }

  /**
   * Returns the links from the models a repository reuses to that repository.
   *
   * @throws DatasetException if SQLite fails
   */
  public List<ReuseLink> reuseLinksOf(RepoRef repository) {
    Objects.requireNonNull(repository, "repository == null");
    return reuse.linksOf(repository);
  }

  /**
   * Returns a downstream repository with its licenses (R2; none for R1 files, which record none).
   *
   * @throws DatasetException if SQLite fails
   */
  public Optional<ReuseRepository> findReuseRepository(RepoRef repository) {
    Objects.requireNonNull(repository, "repository == null");
    return reuse.findRepository(repository);
  }

  /**
   * Returns the downstream repositories that reuse a model, with their licenses (R2; none for R1 files).
   *
   * @throws DatasetException if SQLite fails
   */
  public List<ReuseRepository> reuseRepositoriesOf(ModelId model) {
    Objects.requireNonNull(model, "model == null");
    return reuse.repositoriesOf(model);
  }

  /**
   * Returns the models a downstream repository reuses, with all their lookups.
   *
   * @throws DatasetException if SQLite fails
   */
  public List<Model> modelsReusedBy(RepoRef repository) {
    Objects.requireNonNull(repository, "repository == null");
    return db.call(handle -> models.reusedBy(handle, repository));
  }

  /**
   * Streams every downstream repository with its licenses (R2). The stream holds a database cursor.
   *
   * @throws DatasetException if SQLite fails (also while the stream is consumed)
   */
  public Stream<ReuseRepository> streamReuseRepositories() {
    return reuse.streamRepositories();
  }

  /**
   * Returns the files where a model is reused.
   *
   * @throws DatasetException if SQLite fails
   */
  public List<ReuseFile> reuseFilesOf(ModelId model) {
    Objects.requireNonNull(model, "model == null");
    return reuse.filesOf(model);
  }

  /**
   * Returns the files of a downstream repository where models are reused.
   *
   * @throws DatasetException if SQLite fails
   */
  public List<ReuseFile> reuseFilesOf(RepoRef repository) {
    Objects.requireNonNull(repository, "repository == null");
    return reuse.filesOf(repository);
  }

  /**
   * Returns the Hugging Face commits of a model's repository, with their authors.
   *
   * @throws DatasetException if SQLite fails
   */
  public List<HfCommit> commitsOf(ModelId model) {
    Objects.requireNonNull(model, "model == null");
    return db.forModel(model, (handle, row) -> ActivityReader.commits(handle, model, row));
  }

  /**
   * Returns the branches and tags of a model's Hugging Face repository.
   *
   * @throws DatasetException if SQLite fails
   */
  public List<GitRef> gitRefsOf(ModelId model) {
    Objects.requireNonNull(model, "model == null");
    return db.forModel(model, (handle, row) -> ActivityReader.gitRefs(handle, model, row));
  }

  /**
   * Returns the Hugging Face discussions and pull requests of a model, with authors, files and events.
   *
   * @throws DatasetException if SQLite fails
   */
  public List<Discussion> discussionsOf(ModelId model) {
    Objects.requireNonNull(model, "model == null");
    return db.forModel(model, (handle, row) -> ActivityReader.discussions(handle, model, row));
  }

  /**
   * Returns the GitHub issues of a model's own repository (PyTorch Hub models).
   *
   * @throws DatasetException if SQLite fails
   */
  public List<GitHubIssue> issuesOf(ModelId model) {
    Objects.requireNonNull(model, "model == null");
    return db.forModel(
        model, (handle, row) -> ActivityReader.issues(handle, ActivityReader.Owner.model(row)));
  }

  /**
   * Returns the GitHub issues of a downstream repository.
   *
   * @throws DatasetException if SQLite fails
   */
  public List<GitHubIssue> issuesOf(RepoRef repository) {
    Objects.requireNonNull(repository, "repository == null");
    return db.call(
        handle -> ActivityReader.issues(handle, ActivityReader.Owner.repository(repository)));
  }

  /**
   * Returns the GitHub pull requests of a model's own repository (PyTorch Hub models).
   *
   * @throws DatasetException if SQLite fails
   */
  public List<GitHubPullRequest> pullRequestsOf(ModelId model) {
    Objects.requireNonNull(model, "model == null");
    return db.forModel(
        model,
        (handle, row) -> ActivityReader.pullRequests(handle, ActivityReader.Owner.model(row)));
  }

  /**
   * Returns the GitHub pull requests of a downstream repository.
   *
   * @throws DatasetException if SQLite fails
   */
  public List<GitHubPullRequest> pullRequestsOf(RepoRef repository) {
    Objects.requireNonNull(repository, "repository == null");
    return db.call(
        handle -> ActivityReader.pullRequests(handle, ActivityReader.Owner.repository(repository)));
  }

  /**
   * Returns a model's LLM-extracted metadata (R2), or empty when the model is not in the database.
   *
   * @throws UnsupportedSchemaException for an R1 file
   * @throws DatasetException if SQLite fails
   */
  public Optional<ExtractedMetadata> findExtractedMetadata(ModelId model) {
    Objects.requireNonNull(model, "model == null");
    info.requireR2("LLM-extracted metadata");
    return db.call(handle -> ModelReader.modelRow(handle, model).stream()
        .boxed()
        .findFirst()
        .map(row -> MetadataReader.read(handle, model, row)));
  }

  /**
   * Streams the rows of any table, in row order, as column-name-to-value maps in column order, with values as
   * SQLite returns them ({@code null} for NULL; a BLOB as {@code byte[]}). The stream holds a database cursor.
   *
   * @throws IllegalArgumentException if the file has no such table
   * @throws DatasetException if SQLite fails (also while the stream is consumed)
   */
  public Stream<Map<String, Object>> streamTable(String table) {
    Objects.requireNonNull(table, "table == null");
    return tables.stream(table);
  }

  // ---- aggregate queries ----

  /**
   * Runs {@code work} on a read-only Jdbi handle to the file and returns its result: the way for aggregate
   * queries over the whole database that no typed method covers (the report's analyses keep theirs in
   * {@code .sql} resources and run them here). The handle is closed when {@code work} returns; do not keep it or
   * a cursor from it. {@code model.context_id} may hold TEXT, INTEGER or BLOB (see the class documentation).
   *
   * @throws DatasetException if SQLite fails
   */
  public <T> T withHandle(Function<Handle, T> work) {
    Objects.requireNonNull(work, "work == null");
    return db.call(work);
  }

  /** Closes the dataset; deletes the temporary copy of the sample. Streams still open keep working until closed. */
  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    db.close();
    if (deleteOnClose != null) {
      deleteQuietly(deleteOnClose);
    }
  }

  private static void deleteQuietly(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      log.debug("could not delete temporary sample copy [file={}, error={}]", file, e.getMessage());
    }
  }
}

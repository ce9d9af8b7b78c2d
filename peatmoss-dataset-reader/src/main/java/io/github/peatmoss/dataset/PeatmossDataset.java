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
import io.github.peatmoss.dataset.InvalidDatabaseException.Problem;
import io.github.peatmoss.dataset.internal.ContextIds;
import io.github.peatmoss.dataset.internal.DatabaseFiles;
import io.github.peatmoss.dataset.internal.Schema;
import io.github.peatmoss.dataset.internal.Sql;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;
import org.jdbi.v3.core.result.ResultIterator;
import org.jdbi.v3.core.statement.NoTemplateEngine;
import org.jdbi.v3.core.statement.Query;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;
import org.sqlite.SQLiteOpenMode;

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
  private static final String SAMPLE_RESOURCE = "/io/github/peatmoss/dataset/sample/peatmoss-sample.db";
  private static final int BATCH = 512;

  private final DatabaseInfo info;
  private final Jdbi jdbi;
  private final ModelReader models;
  private final Path deleteOnClose;
  private volatile boolean closed;

  private PeatmossDataset(DatabaseInfo info, Jdbi jdbi, Path deleteOnClose) {
    this.info = info;
    this.jdbi = jdbi;
    this.models = new ModelReader(info);
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
    return open(file.toAbsolutePath(), null);
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
      copy.toFile().deleteOnExit();                   // a safety net for callers that never close the dataset
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create a temporary file for the sample dataset: " + e.getMessage(), e);
    }
    copySample(copy);
    try {
      return open(copy, copy);
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
        throw new IllegalStateException("the bundled sample dataset " + SAMPLE_RESOURCE
            + " is missing from the classpath; rebuild peatmoss-dataset-reader (the build generates it)");
      }
      if (target.toAbsolutePath().getParent() != null) {
        Files.createDirectories(target.toAbsolutePath().getParent());
      }
      Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
      return target;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot copy the sample dataset to " + target + ": " + e.getMessage(), e);
    }
  }

  private static PeatmossDataset open(Path file, Path deleteOnClose) {
    DatabaseFiles.checkHeader(file);
    SQLiteConfig config = new SQLiteConfig();
    config.setReadOnly(true);
    config.setOpenMode(SQLiteOpenMode.OPEN_URI);
    SQLiteDataSource source = new SQLiteDataSource(config);
    source.setUrl("jdbc:sqlite:" + file.toUri() + "?mode=ro");
    Jdbi jdbi = Jdbi.create(source);
    jdbi.setTemplateEngine(new NoTemplateEngine());
    DatabaseInfo info;
    try (Handle handle = jdbi.open()) {
      info = inspect(file, handle);
    } catch (JdbiException e) {
      throw classify(file, e);
    }
    log.debug("opened PeaTMOSS database [file={}, schema={}, tables={}]", file, info.schema(), info.tables().size());
    return new PeatmossDataset(info, jdbi, deleteOnClose);
  }

  private static DatabaseInfo inspect(Path file, Handle handle) {
    Set<String> tables = Schema.tables(handle);
    List<String> missing = Schema.R1_TABLES.stream().filter(t -> !tables.contains(t)).sorted()
        .collect(Collectors.toList());
    if (!missing.isEmpty()) {
      String what = missing.size() == Schema.R1_TABLES.size() ? "none of the 56 PeaTMOSS tables"
          : "the PeaTMOSS tables " + missing;
      throw new InvalidDatabaseException(Problem.NOT_PEATMOSS, file, file + " is a SQLite database but not a"
          + " PeaTMOSS one: it lacks " + what + "; open PeaTMOSS.db (or a file written by PeatmossWriter)",
          missing, null);
    }
    SchemaVersion schema = tables.containsAll(Schema.R2_ADDED_TABLES) ? SchemaVersion.R2 : SchemaVersion.R1;
    Set<String> paperColumns = Schema.columns(handle, "paper");
    Set<String> datasetColumns = Schema.columns(handle, "dataset");
    // Touch the first data page, so a file whose pages are damaged fails here rather than in the first query.
    handle.createQuery(Sql.of(PeatmossDataset.class, "touch")).mapTo(Long.class).one();
    return new DatabaseInfo(file, schema, tables, paperColumns.contains("title") ? "title" : "name",
        datasetColumns.contains("url"));
  }

  private static DatasetException classify(Path file, JdbiException failure) {
    Throwable e = failure.getCause() instanceof SQLException ? failure.getCause() : failure;
    if (e instanceof SQLiteException sqlite) {
      SQLiteErrorCode code = sqlite.getResultCode();
      if (code == SQLiteErrorCode.SQLITE_CORRUPT || code == SQLiteErrorCode.SQLITE_NOTADB
          || code.name().startsWith("SQLITE_CORRUPT")) {
        return new InvalidDatabaseException(Problem.CORRUPT, file, file + " is corrupt (SQLite: "
            + e.getMessage() + "); fetch the file again, or recover what is readable with sqlite3's .recover",
            List.of(), e);
      }
    }
    return new DatasetException("cannot read " + file + ": " + e.getMessage()
        + "; check that the file is readable and not being written", e);
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
    return call(handle -> {
      Map<String, Long> counts = new LinkedHashMap<>();
      for (String table : tables()) {
        counts.put(table, handle.createQuery("SELECT count(*) FROM \"" + table + "\"").mapTo(Long.class).one());
      }
      return counts;
    });
  }

  // ---- models ----

  /**
   * Returns the model with this id, with all its lookups.
   *
   * @throws DatasetException if SQLite fails
   */
  public Optional<Model> findModel(ModelId id) {
    Objects.requireNonNull(id, "id == null");
    return call(handle -> {
      List<ModelReader.Row> rows = handle.createQuery(ModelReader.SELECT + " WHERE m.context_id = ?")
          .bind(0, ContextIds.bindValue(id.value()))
          .map((rs, ctx) -> new ModelReader.Row(rs)).list();
      rows.removeIf(r -> !id.value().equals(r.contextId));
      if (rows.isEmpty()) {
        return Optional.empty();
      }
      Set<LookupKind> kinds = models.loadable(ModelQuery.all().effectiveLookups(), false);
      return Optional.of(models.complete(handle, rows.subList(0, 1), kinds).get(0));
    });
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
    Set<LookupKind> kinds = models.loadable(query.effectiveLookups(), !query.lookups().isEmpty());
    List<Object> args = new ArrayList<>();
    StringBuilder sql = new StringBuilder(ModelReader.SELECT).append(" WHERE 1 = 1");
    query.hub().ifPresent(hub -> {
      sql.append(" AND h.name = ?");
      args.add(hub);
    });
    filter(sql, args, query.license(), "model_to_license", "license_id", "license", "name");
    filter(sql, args, query.tag(), "model_to_tag", "tag_id", "tag", "name");
    filter(sql, args, query.library(), "model_to_library", "library_id", "library", "name");
    filter(sql, args, query.author(), "model_to_author", "author_id", "author", "name");
    filter(sql, args, query.framework(), "model_to_framework", "framework_id", "framework", "name");
    filter(sql, args, query.architecture(), "model_to_architecture", "architecture_id", "architecture", "name");
    filter(sql, args, query.dataset(), "model_to_dataset", "dataset_id", "dataset", "name");
    filter(sql, args, query.language(), "model_to_language", "language_id", "language", "name");
    if (query.minDownloads().isPresent()) {
      sql.append(" AND m.downloads >= ?");
      args.add(query.minDownloads().getAsLong());
    }
    switch (query.order()) {
      case DOWNLOADS_DESC:
        sql.append(" ORDER BY m.downloads DESC, m.id");
        break;
      case LIKES_DESC:
        sql.append(" ORDER BY m.likes DESC, m.id");
        break;
      default:
        sql.append(" ORDER BY m.id");
    }
    if (query.limit().isPresent()) {
      sql.append(" LIMIT ?");
      args.add(query.limit().getAsInt());
    }
    return stream(handle -> {
      Query q = handle.createQuery(sql.toString());
      for (int i = 0; i < args.size(); i++) {
        q.bind(i, args.get(i));
      }
      return q.map((rs, ctx) -> new ModelReader.Row(rs)).iterator();
    }, (handle, rows) -> models.complete(handle, rows, kinds));
  }

  private static void filter(StringBuilder sql, List<Object> args, Optional<String> value, String junction,
      String column, String table, String nameColumn) {
    if (value.isPresent()) {
      sql.append(" AND m.id IN (SELECT j.model_id FROM ").append(junction).append(" j JOIN ").append(table)
          .append(" l ON l.id = j.").append(column).append(" WHERE l.").append(nameColumn).append(" = ?)");
      args.add(value.get());
    }
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
      throw new IllegalArgumentException("listModels needs a query with a limit; use streamModels(..) to read"
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

  // ---- reuse ----

  private static final String LINK_SELECT = "SELECT l.model_id, m.context_id, l.reuse_repository_id, r.owner,"
      + " r.name, r.url FROM model_to_reuse_repository l JOIN model m ON m.id = l.model_id"
      + " JOIN reuse_repository r ON r.id = l.reuse_repository_id";

  /** A link row: model row and id, repository row and reference; either may be unreadable (null). */
  private static final class LinkRow {
    final long modelRow;
    final ModelId model;
    final long repositoryRow;
    final RepoRef repository;

    LinkRow(ResultSet rs, DatabaseInfo info) throws SQLException {
      modelRow = rs.getLong(1);
      model = info.readableModelId(ContextIds.text(rs.getObject(2)), modelRow).orElse(null);
      repositoryRow = rs.getLong(3);
      repository = info.readableRepository(rs.getString(4), rs.getString(5), rs.getString(6),
          repositoryRow).orElse(null);
    }

    boolean readable() {
      return model != null && repository != null;
    }

    ReuseLink toLink() {
      return ReuseLink.builder().model(model).repository(repository).build();
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
    info.requireR2("repository licenses (reuse_repository_to_license)");
    return stream(handle -> handle.createQuery(LINK_SELECT + " ORDER BY l.model_id, l.reuse_repository_id")
        .map((rs, ctx) -> new LinkRow(rs, info)).iterator(), (handle, rows) -> {
          Set<Long> modelRows = new LinkedHashSet<>();
          Set<Long> repositoryRows = new LinkedHashSet<>();
          for (LinkRow row : rows) {
            modelRows.add(row.modelRow);
            repositoryRows.add(row.repositoryRow);
          }
          Map<Long, List<Object>> modelLicenses = models.lookup(handle, LookupKind.LICENSE,
              Selection.of(modelRows));
          Map<Long, List<String>> repositoryLicenses = ActivityReader.children(handle,
              "SELECT j.reuse_repository_id, l.name FROM reuse_repository_to_license j JOIN license l"
                  + " ON l.id = j.license_id WHERE j.reuse_repository_id", "ORDER BY j.reuse_repository_id,"
                  + " j.license_id", Selection.of(repositoryRows), rs -> rs.getString(2));
          List<LicensedReuseLink> out = new ArrayList<>(rows.size());
          for (LinkRow row : rows) {
            if (!row.readable()) {
              continue;
            }
            LicensedReuseLink.Builder b = LicensedReuseLink.builder().model(row.model).repository(row.repository)
                .addAllRepositoryLicenses(repositoryLicenses.getOrDefault(row.repositoryRow, List.of()));
            for (Object license : modelLicenses.getOrDefault(row.modelRow, List.of())) {
              b.addModelLicense((String) license);
            }
            out.add(b.build());
          }
          return out;
        });
  }

  /**
   * Streams every model-to-repository reuse link, ordered by model. The stream holds a database cursor.
   *
   * @throws DatasetException if SQLite fails (also while the stream is consumed)
   */
  public Stream<ReuseLink> streamReuseLinks() {
    return stream(handle -> handle.createQuery(LINK_SELECT + " ORDER BY l.model_id, l.reuse_repository_id")
        .map((rs, ctx) -> new LinkRow(rs, info)).iterator(), (handle, rows) -> {
          List<ReuseLink> out = new ArrayList<>(rows.size());
          for (LinkRow row : rows) {
            if (row.readable()) {
              out.add(row.toLink());
            }
          }
          return out;
        });
  }

  /**
   * Returns the links from a model to the repositories that reuse it.
   *
   * @throws DatasetException if SQLite fails
   */
  public List<ReuseLink> reuseLinksOf(ModelId model) {
    Objects.requireNonNull(model, "model == null");
    return call(handle -> {
      OptionalLong row = modelRow(handle, model);
      if (row.isEmpty()) {
        return List.of();
      }
      return handle.createQuery(LINK_SELECT + " WHERE l.model_id = ? ORDER BY l.reuse_repository_id")
          .bind(0, row.getAsLong()).map((rs, ctx) -> new LinkRow(rs, info)).stream().filter(LinkRow::readable)
          .map(LinkRow::toLink).collect(Collectors.toList());
    });
  }

  /**
   * Returns the links from the models a repository reuses to that repository.
   *
   * @throws DatasetException if SQLite fails
   */
  public List<ReuseLink> reuseLinksOf(RepoRef repository) {
    Objects.requireNonNull(repository, "repository == null");
    return call(handle -> handle.createQuery(LINK_SELECT + " WHERE r.owner = ? AND r.name = ? ORDER BY l.model_id")
        .bind(0, repository.owner()).bind(1, repository.name())
        .map((rs, ctx) -> new LinkRow(rs, info)).stream().filter(LinkRow::readable).map(LinkRow::toLink)
        .collect(Collectors.toList()));
  }

  /**
   * Returns a downstream repository with its licenses (R2; none for R1 files, which record none).
   *
   * @throws DatasetException if SQLite fails
   */
  public Optional<ReuseRepository> findReuseRepository(RepoRef repository) {
    Objects.requireNonNull(repository, "repository == null");
    return call(handle -> repositories(handle, " WHERE r.owner = ? AND r.name = ?", repository.owner(),
        repository.name()).stream().findFirst());
  }

  /**
   * Returns the downstream repositories that reuse a model, with their licenses (R2; none for R1 files).
   *
   * @throws DatasetException if SQLite fails
   */
  public List<ReuseRepository> reuseRepositoriesOf(ModelId model) {
    Objects.requireNonNull(model, "model == null");
    return call(handle -> {
      OptionalLong row = modelRow(handle, model);
      return row.isEmpty() ? List.<ReuseRepository>of() : repositories(handle, " JOIN model_to_reuse_repository l"
          + " ON l.reuse_repository_id = r.id WHERE l.model_id = ?", row.getAsLong());
    });
  }

  /**
   * Returns the models a downstream repository reuses, with all their lookups.
   *
   * @throws DatasetException if SQLite fails
   */
  public List<Model> modelsReusedBy(RepoRef repository) {
    Objects.requireNonNull(repository, "repository == null");
    return call(handle -> {
      List<ModelReader.Row> rows = handle.createQuery(ModelReader.SELECT + " JOIN model_to_reuse_repository l"
          + " ON l.model_id = m.id JOIN reuse_repository r ON r.id = l.reuse_repository_id"
          + " WHERE r.owner = ? AND r.name = ? ORDER BY m.id")
          .bind(0, repository.owner()).bind(1, repository.name())
          .map((rs, ctx) -> new ModelReader.Row(rs)).list();
      List<Model> out = new ArrayList<>(rows.size());
      Set<LookupKind> kinds = models.loadable(ModelQuery.all().effectiveLookups(), false);
      for (int from = 0; from < rows.size(); from += BATCH) {
        out.addAll(models.complete(handle, rows.subList(from, Math.min(rows.size(), from + BATCH)), kinds));
      }
      return out;
    });
  }

  /**
   * Streams every downstream repository with its licenses (R2). The stream holds a database cursor.
   *
   * @throws DatasetException if SQLite fails (also while the stream is consumed)
   */
  public Stream<ReuseRepository> streamReuseRepositories() {
    return stream(handle -> handle.createQuery("SELECT r.id, r.owner, r.name, r.url FROM reuse_repository r"
        + " ORDER BY r.id").map((rs, ctx) -> new Object[] {rs.getLong(1), rs.getString(2), rs.getString(3),
            rs.getString(4)}).iterator(), this::completeRepositories);
  }

  private List<ReuseRepository> repositories(Handle handle, String where, Object... args) {
    Query q = handle.createQuery("SELECT r.id, r.owner, r.name, r.url FROM reuse_repository r" + where
        + " ORDER BY r.id");
    for (int i = 0; i < args.length; i++) {
      q.bind(i, args[i]);
    }
    List<Object[]> rows = q.map((rs, ctx) -> new Object[] {rs.getLong(1), rs.getString(2), rs.getString(3),
        rs.getString(4)}).list();
    return completeRepositories(handle, rows);
  }

  private List<ReuseRepository> completeRepositories(Handle handle, List<Object[]> rows) {
    Map<Long, List<String>> licenses = new HashMap<>();
    if (info.schema() == SchemaVersion.R2) {
      Set<Long> ids = new LinkedHashSet<>();
      rows.forEach(r -> ids.add((Long) r[0]));
      licenses = ActivityReader.children(handle, "SELECT j.reuse_repository_id, l.name FROM"
          + " reuse_repository_to_license j JOIN license l ON l.id = j.license_id WHERE j.reuse_repository_id",
          "ORDER BY j.reuse_repository_id, j.license_id", Selection.of(ids), rs -> rs.getString(2));
    }
    List<ReuseRepository> out = new ArrayList<>(rows.size());
    for (Object[] row : rows) {
      long id = (Long) row[0];
      Optional<RepoRef> repository = info.readableRepository((String) row[1], (String) row[2],
          (String) row[3], id);
      if (repository.isEmpty()) {
        continue;
      }
      ReuseRepository.Builder b = ReuseRepository.builder()
          .repository(repository.get())
          .addAllLicenses(licenses.getOrDefault(id, List.of()));
      if (row[3] != null) {
        b.url((String) row[3]);
      }
      out.add(b.build());
    }
    return out;
  }

  /**
   * Returns the files where a model is reused.
   *
   * @throws DatasetException if SQLite fails
   */
  public List<ReuseFile> reuseFilesOf(ModelId model) {
    Objects.requireNonNull(model, "model == null");
    return call(handle -> {
      OptionalLong row = modelRow(handle, model);
      return row.isEmpty() ? List.<ReuseFile>of() : reuseFiles(handle, " WHERE f.model_id = ?", row.getAsLong());
    });
  }

  /**
   * Returns the files of a downstream repository where models are reused.
   *
   * @throws DatasetException if SQLite fails
   */
  public List<ReuseFile> reuseFilesOf(RepoRef repository) {
    Objects.requireNonNull(repository, "repository == null");
    return call(handle -> reuseFiles(handle, " WHERE r.owner = ? AND r.name = ?", repository.owner(),
        repository.name()));
  }

  private List<ReuseFile> reuseFiles(Handle handle, String where, Object... args) {
    return ActivityReader.rows(handle, "SELECT f.path, f.model_id, m.context_id, r.id, r.owner, r.name, r.url"
        + " FROM reuse_file f JOIN model m ON m.id = f.model_id JOIN reuse_repository r"
        + " ON r.id = f.reuse_repository_id" + where + " ORDER BY f.id", rs -> {
          String path = rs.getString(1);
          Optional<ModelId> model = info.readableModelId(ContextIds.text(rs.getObject(3)), rs.getLong(2));
          Optional<RepoRef> repo = info.readableRepository(rs.getString(5), rs.getString(6),
              rs.getString(7), rs.getLong(4));
          if (path == null || model.isEmpty() || repo.isEmpty()) {
            return null;
          }
          return ReuseFile.builder().path(path).model(model.get()).repository(repo.get()).build();
        }, args);
  }

  // ---- activity ----

  /**
   * Returns the Hugging Face commits of a model's repository, with their authors.
   *
   * @throws DatasetException if SQLite fails
   */
  public List<HfCommit> commitsOf(ModelId model) {
    return forModel(model, (handle, row) -> ActivityReader.commits(handle, model, row));
  }

  /**
   * Returns the branches and tags of a model's Hugging Face repository.
   *
   * @throws DatasetException if SQLite fails
   */
  public List<GitRef> gitRefsOf(ModelId model) {
    return forModel(model, (handle, row) -> ActivityReader.gitRefs(handle, model, row));
  }

  /**
   * Returns the Hugging Face discussions and pull requests of a model, with authors, files and events.
   *
   * @throws DatasetException if SQLite fails
   */
  public List<Discussion> discussionsOf(ModelId model) {
    return forModel(model, (handle, row) -> ActivityReader.discussions(handle, model, row));
  }

  /**
   * Returns the GitHub issues of a model's own repository (PyTorch Hub models).
   *
   * @throws DatasetException if SQLite fails
   */
  public List<GitHubIssue> issuesOf(ModelId model) {
    return forModel(model, (handle, row) -> ActivityReader.issues(handle, "JOIN ptm_issue_to_issue p ON"
        + " p.github_issue_id = i.id JOIN model m ON m.ptm_issues_id = p.ptm_issue_id WHERE m.id = ?", row));
  }

  /**
   * Returns the GitHub issues of a downstream repository.
   *
   * @throws DatasetException if SQLite fails
   */
  public List<GitHubIssue> issuesOf(RepoRef repository) {
    Objects.requireNonNull(repository, "repository == null");
    return call(handle -> ActivityReader.issues(handle, "JOIN reuse_repo_to_issue x ON x.github_issue_id = i.id"
        + " JOIN reuse_repository r ON r.id = x.reuse_repository_id WHERE r.owner = ? AND r.name = ?",
        repository.owner(), repository.name()));
  }

  /**
   * Returns the GitHub pull requests of a model's own repository (PyTorch Hub models).
   *
   * @throws DatasetException if SQLite fails
   */
  public List<GitHubPullRequest> pullRequestsOf(ModelId model) {
    return forModel(model, (handle, row) -> ActivityReader.pullRequests(handle, "JOIN"
        + " ptm_pull_request_to_pull_request x ON x.github_pull_request_id = p.id JOIN model m"
        + " ON m.ptm_pull_requests_id = x.ptm_pull_request_id WHERE m.id = ?", row));
  }

  /**
   * Returns the GitHub pull requests of a downstream repository.
   *
   * @throws DatasetException if SQLite fails
   */
  public List<GitHubPullRequest> pullRequestsOf(RepoRef repository) {
    Objects.requireNonNull(repository, "repository == null");
    return call(handle -> ActivityReader.pullRequests(handle, "JOIN reuse_repo_to_pull_request x ON"
        + " x.github_pull_request_id = p.id JOIN reuse_repository r ON r.id = x.reuse_repository_id"
        + " WHERE r.owner = ? AND r.name = ?", repository.owner(), repository.name()));
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
    return call(handle -> {
      OptionalLong row = modelRow(handle, model);
      return row.isEmpty() ? Optional.<ExtractedMetadata>empty()
          : Optional.of(MetadataReader.read(handle, model, row.getAsLong()));
    });
  }

  // ---- any table ----

  /**
   * Streams the rows of any table, in row order, as column-name-to-value maps in column order, with values as
   * SQLite returns them ({@code null} for NULL; a BLOB as {@code byte[]}). The stream holds a database cursor.
   *
   * @throws IllegalArgumentException if the file has no such table
   * @throws DatasetException if SQLite fails (also while the stream is consumed)
   */
  public Stream<Map<String, Object>> streamTable(String table) {
    Objects.requireNonNull(table, "table == null");
    if (!info.tables().contains(table)) {
      throw new IllegalArgumentException("no table '" + table + "' in " + info.file() + "; its tables are "
          + tables());
    }
    return stream(handle -> handle.createQuery("SELECT * FROM \"" + table + "\" ORDER BY rowid")
        .map((rs, ctx) -> {
          ResultSetMetaData meta = rs.getMetaData();
          Map<String, Object> row = new LinkedHashMap<>();
          for (int i = 1; i <= meta.getColumnCount(); i++) {
            row.put(meta.getColumnName(i), rs.getObject(i));
          }
          return row;
        }).iterator(), (handle, rows) -> rows);
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
    return call(work);
  }

  // ---- plumbing ----

  /** Closes the dataset; deletes the temporary copy of the sample. Streams still open keep working until closed. */
  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
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

  private void checkOpen() {
    if (closed) {
      throw new IllegalStateException("dataset " + info.file() + " is closed; open it again");
    }
  }

  private OptionalLong modelRow(Handle handle, ModelId model) {
    List<Object[]> rows = handle.createQuery("SELECT id, context_id FROM model WHERE context_id = ?")
        .bind(0, ContextIds.bindValue(model.value()))
        .map((rs, ctx) -> new Object[] {rs.getLong(1), ContextIds.text(rs.getObject(2))}).list();
    for (Object[] row : rows) {
      if (model.value().equals(row[1])) {
        return OptionalLong.of((Long) row[0]);
      }
    }
    return OptionalLong.empty();
  }

  private <T> List<T> forModel(ModelId model, java.util.function.BiFunction<Handle, Long, List<T>> work) {
    Objects.requireNonNull(model, "model == null");
    return call(handle -> {
      OptionalLong row = modelRow(handle, model);
      return row.isEmpty() ? List.<T>of() : work.apply(handle, row.getAsLong());
    });
  }

  private <T> T call(Function<Handle, T> work) {
    checkOpen();
    try (Handle handle = jdbi.open()) {
      return work.apply(handle);
    } catch (JdbiException e) {
      throw failure(e);
    }
  }

  private DatasetException failure(JdbiException e) {
    return classify(info.file(), e);
  }

  /** Opens a handle and a cursor on it, and streams the cursor's rows completed batch by batch. */
  private <R, T> Stream<T> stream(Function<Handle, ResultIterator<R>> open,
      java.util.function.BiFunction<Handle, List<R>, List<T>> complete) {
    checkOpen();
    Handle handle = jdbi.open();
    ResultIterator<R> rows;
    try {
      rows = open.apply(handle);
    } catch (JdbiException e) {
      handle.close();
      throw failure(e);
    } catch (RuntimeException e) {
      handle.close();
      throw e;
    }
    java.util.Iterator<R> guarded = new java.util.Iterator<R>() {
      @Override
      public boolean hasNext() {
        return guard(rows::hasNext);
      }

      @Override
      public R next() {
        return guard(rows::next);
      }
    };
    return BatchingStream.of(guarded, BATCH, batch -> guard(() -> complete.apply(handle, batch)), () -> {
      try {
        rows.close();
      } finally {
        handle.close();
      }
    });
  }

  private <T> T guard(Supplier<T> work) {
    try {
      return work.get();
    } catch (JdbiException e) {
      throw failure(e);
    }
  }
}

package io.github.peatmoss.dataset;

import io.github.peatmoss.core.model.LicensedReuseLink;
import io.github.peatmoss.core.model.ModelId;
import io.github.peatmoss.core.model.RepoRef;
import io.github.peatmoss.core.model.ReuseFile;
import io.github.peatmoss.core.model.ReuseLink;
import io.github.peatmoss.core.model.ReuseRepository;
import io.github.peatmoss.dataset.internal.ContextIds;
import io.github.peatmoss.dataset.internal.Sql;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.Query;

/**
 * Reads reuse: links between models and the downstream repositories that reuse them, those repositories with
 * their licenses, and the files where the reuse happens. SQL in {@code ReuseReader/*.sql}. Thread-safe.
 */
final class ReuseReader {
  private static final String BY_MODEL = "l.model_id, l.reuse_repository_id";

  private final ReadOnlyDatabase db;
  private final DatabaseInfo info;
  private final ModelReader models;

  ReuseReader(ReadOnlyDatabase db, ModelReader models) {
    this.db = db;
    this.info = db.info();
    this.models = models;
  }

  /** A link row: model row and id, repository row and reference; either may be unreadable (null). */
  private record LinkRow(long modelRow, ModelId model, long repositoryRow, RepoRef repository) {
    boolean readable() {
      return model != null && repository != null;
    }

    ReuseLink toLink() {
      return ReuseLink.builder().model(model).repository(repository).build();
    }
  }

  private RowMapper<LinkRow> linkRow() {
    return (rs, ctx) -> {
      long modelRow = rs.getLong(1);
      long repositoryRow = rs.getLong(3);
      return new LinkRow(
          modelRow,
          info.readableModelId(ContextIds.text(rs.getObject(2)), modelRow).orElse(null),
          repositoryRow,
          info.readableRepository(rs.getString(4), rs.getString(5), rs.getString(6), repositoryRow)
              .orElse(null));
    };
  }

  /** A repository row: its id and columns, before its licenses are attached. */
  private record RepositoryRow(long id, String owner, String name, String url) {}

  private static final RowMapper<RepositoryRow> REPOSITORY_ROW = (rs, ctx) ->
      new RepositoryRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4));

  private static Query links(Handle handle, String filter, String order) {
    return handle
        .createQuery(Sql.of(ReuseReader.class, "links"))
        .define("filter", filter)
        .define("order", order);
  }

  private static String filter(String name) {
    return Sql.of(ReuseReader.class, name);
  }

  Stream<LicensedReuseLink> streamLicensed() {
    info.requireR2("repository licenses (reuse_repository_to_license)");
    return db.stream(
        handle -> links(handle, "", BY_MODEL).map(linkRow()).iterator(), (handle, rows) -> {
          Set<Long> modelRows = new LinkedHashSet<>();
          Set<Long> repositoryRows = new LinkedHashSet<>();
          for (LinkRow row : rows) {
            modelRows.add(row.modelRow());
            repositoryRows.add(row.repositoryRow());
          }
          Map<Long, List<String>> modelLicenses = models.licenses(handle, modelRows);
          Map<Long, List<String>> repositoryLicenses = repositoryLicenses(handle, repositoryRows);
          return rows.stream()
              .filter(LinkRow::readable)
              .map(row -> LicensedReuseLink.builder()
                  .model(row.model())
                  .repository(row.repository())
                  .addAllModelLicenses(modelLicenses.getOrDefault(row.modelRow(), List.of()))
                  .addAllRepositoryLicenses(
                      repositoryLicenses.getOrDefault(row.repositoryRow(), List.of()))
                  .build())
              .toList();
        });
  }

  Stream<ReuseLink> streamLinks() {
    return db.stream(
        handle -> links(handle, "", BY_MODEL).map(linkRow()).iterator(),
        (handle, rows) ->
            rows.stream().filter(LinkRow::readable).map(LinkRow::toLink).toList());
  }

  List<ReuseLink> linksOf(ModelId model) {
    return db.forModel(
        model,
        (handle, row) -> readableLinks(
            links(handle, filter("link-of-model"), "l.reuse_repository_id").bind("model", row)));
  }

  List<ReuseLink> linksOf(RepoRef repository) {
    return db.call(handle ->
        readableLinks(named(links(handle, filter("repository-named"), "l.model_id"), repository)));
  }

  /** Runs a links query and returns its links whose model id is readable. */
  private List<ReuseLink> readableLinks(Query links) {
    return links.map(linkRow()).list().stream()
        .filter(LinkRow::readable)
        .map(LinkRow::toLink)
        .toList();
  }

  private static Query named(Query query, RepoRef repository) {
    return query.bind("owner", repository.owner()).bind("name", repository.name());
  }

  Optional<ReuseRepository> findRepository(RepoRef repository) {
    return db.call(handle ->
        repositories(handle, "repository-named", q -> named(q, repository)).stream()
            .findFirst());
  }

  List<ReuseRepository> repositoriesOf(ModelId model) {
    return db.forModel(
        model,
        (handle, row) ->
            repositories(handle, "repository-reusing-model", q -> q.bind("model", row)));
  }

  Stream<ReuseRepository> streamRepositories() {
    return db.stream(
        handle -> handle
            .createQuery(Sql.of(ReuseReader.class, "repositories"))
            .define("filter", "")
            .map(REPOSITORY_ROW)
            .iterator(),
        this::completeRepositories);
  }

  private List<ReuseRepository> repositories(Handle handle, String filter, Consumer<Query> binds) {
    Query query = handle
        .createQuery(Sql.of(ReuseReader.class, "repositories"))
        .define("filter", filter(filter));
    binds.accept(query);
    return ReadOnlyDatabase.inBatches(
        query.map(REPOSITORY_ROW).list(), rows -> completeRepositories(handle, rows));
  }

  private Map<Long, List<String>> repositoryLicenses(Handle handle, Set<Long> repositoryRows) {
    return ActivityReader.children(
        handle,
        ReuseReader.class,
        "repository-licenses",
        repositoryRows,
        q -> {},
        (rs, ctx) -> rs.getString(2));
  }

  private List<ReuseRepository> completeRepositories(Handle handle, List<RepositoryRow> rows) {
    Map<Long, List<String>> licenses = info.schema() == SchemaVersion.R2
        ? repositoryLicenses(
            handle,
            rows.stream()
                .map(RepositoryRow::id)
                .collect(Collectors.toCollection(LinkedHashSet::new)))
        : Map.of();
    List<ReuseRepository> out = new ArrayList<>(rows.size());
    for (RepositoryRow row : rows) {
      Optional<RepoRef> repository =
          info.readableRepository(row.owner(), row.name(), row.url(), row.id());
      if (repository.isPresent()) {
        ReuseRepository.Builder b = ReuseRepository.builder()
            .repository(repository.get())
            .addAllLicenses(licenses.getOrDefault(row.id(), List.of()));
        if (row.url() != null) {
          b.url(row.url());
        }
        out.add(b.build());
      }
    }
    return out;
  }

  List<ReuseFile> filesOf(ModelId model) {
    return db.forModel(
        model, (handle, row) -> files(handle, "file-of-model", q -> q.bind("model", row)));
  }

  List<ReuseFile> filesOf(RepoRef repository) {
    return db.call(handle -> files(handle, "repository-named", q -> named(q, repository)));
  }

  private List<ReuseFile> files(Handle handle, String filter, Consumer<Query> binds) {
    Query query = handle
        .createQuery(Sql.of(ReuseReader.class, "reuse-files"))
        .define("filter", filter(filter));
    binds.accept(query);
    return query
        .map((rs, ctx) -> {
          String path = rs.getString(1);
          Optional<ModelId> model =
              info.readableModelId(ContextIds.text(rs.getObject(3)), rs.getLong(2));
          Optional<RepoRef> repo = info.readableRepository(
              rs.getString(5), rs.getString(6), rs.getString(7), rs.getLong(4));
          return path == null || model.isEmpty() || repo.isEmpty()
              ? null
              : ReuseFile.builder()
                  .path(path)
                  .model(model.get())
                  .repository(repo.get())
                  .build();
        })
        .list()
        .stream()
        .filter(Objects::nonNull)
        .toList();
  }
}

package io.github.peatmoss.dataset;

import io.github.peatmoss.core.model.ModelId;
import io.github.peatmoss.core.model.RepoRef;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;

/** What {@link PeatmossDataset#open(Path)} learned about a file: its schema generation and column variants. */
final class DatabaseInfo {
  private final Path file;
  private final SchemaVersion schema;
  private final Set<String> tables;
  private final String paperTitleColumn;
  private final boolean datasetHasUrl;
  private final SkipRecorder skips = new SkipRecorder();

  DatabaseInfo(
      Path file,
      SchemaVersion schema,
      Set<String> tables,
      String paperTitleColumn,
      boolean datasetHasUrl) {
    this.file = file;
    this.schema = schema;
    this.tables = Set.copyOf(tables);
    this.paperTitleColumn = paperTitleColumn;
    this.datasetHasUrl = datasetHasUrl;
  }

  Path file() {
    return file;
  }

  SchemaVersion schema() {
    return schema;
  }

  Set<String> tables() {
    return tables;
  }

  /** Returns {@code title} (R2) or {@code name} (R1). */
  String paperTitleColumn() {
    return paperTitleColumn;
  }

  boolean datasetHasUrl() {
    return datasetHasUrl;
  }

  void requireR2(String what) {
    if (schema != SchemaVersion.R2) {
      throw new UnsupportedSchemaException(what, SchemaVersion.R2, schema);
    }
  }

  /** Parses a stored {@code context_id}, naming the row when it is not a model id. */
  static ModelId modelId(String contextId, long rowId) {
    if (contextId == null) {
      throw new DatasetException(
          "model row " + rowId + " has no context_id (NULL), so it has no model id;"
              + " filter it out with SQL (context_id IS NOT NULL) or fix the row");
    }
    try {
      return ModelId.of(contextId);
    } catch (IllegalArgumentException e) {
      throw new DatasetException(
          "model row " + rowId + " has context_id '" + contextId + "', which is not a model id ("
              + e.getMessage() + "); fix or delete the row",
          e);
    }
  }

  /** Returns the rows typed queries on this file have left out so far. */
  SkipRecorder skips() {
    return skips;
  }

  /**
   * Returns the model id of a row, or empty (recorded in {@link #skips()}, since the row is left out rather than
   * reported by an exception) when the stored name is not one, so that one odd row does not end a stream.
   */
  Optional<ModelId> readableModelId(String contextId, long rowId) {
    try {
      return Optional.of(modelId(contextId, rowId));
    } catch (DatasetException e) {
      skips.record("model", rowId, e.getMessage() + "; read it with streamTable(\"model\")");
      return Optional.empty();
    }
  }

  /** Returns the repository of a row, or empty (recorded in {@link #skips()}) when it is not a GitHub one. */
  Optional<RepoRef> readableRepository(String owner, String name, String url, long rowId) {
    try {
      return Optional.of(repository(owner, name, url, rowId));
    } catch (DatasetException e) {
      skips.record(
          "reuse_repository",
          rowId,
          e.getMessage() + "; read it with streamTable(\"reuse_repository\")");
      return Optional.empty();
    }
  }

  /** Returns the repository of a {@code reuse_repository} row from its owner and name, or its URL. */
  static RepoRef repository(String owner, String name, String url, long rowId) {
    try {
      if (owner != null && name != null) {
        return RepoRef.of(owner, name);
      }
      if (url != null) {
        return RepoRef.parse(url);
      }
    } catch (IllegalArgumentException e) {
      throw new DatasetException(
          "reuse_repository row " + rowId + " ('" + owner + "/" + name
              + "') is not a GitHub repository (" + e.getMessage() + "); fix or delete the row",
          e);
    }
    throw new DatasetException("reuse_repository row " + rowId + " has neither owner/name nor url;"
        + " fix or delete the row");
  }
}

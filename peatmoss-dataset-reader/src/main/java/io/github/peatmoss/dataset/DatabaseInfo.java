package io.github.peatmoss.dataset;

import io.github.peatmoss.core.model.ModelId;
import io.github.peatmoss.core.model.RepoRef;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** What {@link PeatmossDataset#open(Path)} learned about a file: its schema generation and column variants. */
final class DatabaseInfo {
  private static final Logger log = LoggerFactory.getLogger(DatabaseInfo.class);

  private final Path file;
  private final SchemaVersion schema;
  private final Set<String> tables;
  private final String paperTitleColumn;
  private final boolean datasetHasUrl;

  DatabaseInfo(Path file, SchemaVersion schema, Set<String> tables, String paperTitleColumn,
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
      throw new DatasetException("model row " + rowId + " has no context_id (NULL), so it has no model id;"
          + " filter it out with SQL (context_id IS NOT NULL) or fix the row");
    }
    try {
      return ModelId.of(contextId);
    } catch (IllegalArgumentException e) {
      throw new DatasetException("model row " + rowId + " has context_id '" + contextId
          + "', which is not a model id (" + e.getMessage() + "); fix or delete the row", e);
    }
  }

  /**
   * Returns the model id of a row, or empty (logged at WARN, since the row is left out rather than reported by
   * an exception) when the stored name is not one, so that one odd row does not end a stream over the file.
   */
  static Optional<ModelId> readableModelId(String contextId, long rowId) {
    try {
      return Optional.of(modelId(contextId, rowId));
    } catch (DatasetException e) {
      log.warn("skipping a model row [row={}, reason={}]; read it with streamTable(\"model\")", rowId,
          e.getMessage());
      return Optional.empty();
    }
  }

  /** Returns the repository of a row, or empty (logged at WARN) when it is not a GitHub repository. */
  static Optional<RepoRef> readableRepository(String owner, String name, String url, long rowId) {
    try {
      return Optional.of(repository(owner, name, url, rowId));
    } catch (DatasetException e) {
      log.warn("skipping a reuse_repository row [row={}, reason={}]; read it with streamTable(\"reuse_repository\")",
          rowId, e.getMessage());
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
      throw new DatasetException("reuse_repository row " + rowId + " ('" + owner + "/" + name
          + "') is not a GitHub repository (" + e.getMessage() + "); fix or delete the row", e);
    }
    throw new DatasetException("reuse_repository row " + rowId + " has neither owner/name nor url;"
        + " fix or delete the row");
  }
}

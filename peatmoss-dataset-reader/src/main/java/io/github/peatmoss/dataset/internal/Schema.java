package io.github.peatmoss.dataset.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The PeaTMOSS schema scripts and table lists. {@code r1.sql} creates the 56 tables of the 2023 release;
 * {@code r2-upgrade.sql} alters that into the 76 tables of the 2024 release; {@code writer-indexes.sql} adds
 * the secondary indexes a database written by the SDK carries on top (an R2 superset). Thread-safe.
 */
public final class Schema {
  /** The 56 tables of R1. */
  public static final Set<String> R1_TABLES = Set.of(
      "architecture", "author", "commit_to_author", "dataset", "discussion", "discussion_event",
      "discussion_to_author", "file_path", "framework", "github_comment", "github_commit", "github_issue",
      "github_label", "github_merge_commit", "github_milestone", "github_pull_request", "github_pull_request_file",
      "github_reaction_group", "github_repository", "github_review", "github_status_check_rollup", "github_user",
      "hf_commit", "hf_commit_to_author", "hf_git_ref", "hf_git_ref_info", "hf_git_ref_to_branch",
      "hf_git_ref_to_tag", "issue_to_assignee", "language", "library", "license", "model", "model_hub",
      "model_to_architecture", "model_to_author", "model_to_dataset", "model_to_framework", "model_to_language",
      "model_to_library", "model_to_license", "model_to_paper", "model_to_reuse_repository", "model_to_tag",
      "paper", "ptm_issue_to_issue", "ptm_issues", "ptm_pull_request_to_pull_request", "ptm_pull_requests",
      "pull_request_to_assignee", "pull_request_to_review_requests", "reuse_file", "reuse_repo_to_issue",
      "reuse_repo_to_pull_request", "reuse_repository", "tag");

  /** The 20 tables R2 adds to R1. */
  public static final Set<String> R2_ADDED_TABLES = Set.of(
      "reuse_repository_to_license", "domain", "model_to_domain", "model_task", "model_to_model_task",
      "github_repo", "model_to_base_model", "evaluation_link", "evaluation_metric", "demo", "model_to_grant",
      "grant", "input_format", "output_format", "parameter_count", "hardware", "model_to_hardware",
      "carbon_emitted", "hyper_parameters", "limitation_and_bias");

  private Schema() {}

  /** Returns the statements of a schema script in this package, in order. */
  public static List<String> statements(String resource) {
    String text;
    try (InputStream in = Schema.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("schema resource " + resource + " is missing from the jar; rebuild it");
      }
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<String> statements = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (String line : text.split("\n", -1)) {
      if (line.startsWith("--") || (line.isBlank() && current.length() == 0)) {
        continue;
      }
      current.append(line).append('\n');
      if (line.endsWith(";")) {
        statements.add(current.toString().trim());
        current.setLength(0);
      }
    }
    if (!current.toString().isBlank()) {
      throw new IllegalStateException("schema resource " + resource + " ends without ';'");
    }
    return statements;
  }

  /** Creates the R1 tables on {@code connection}. */
  public static void createR1(Connection connection) throws SQLException {
    run(connection, "r1.sql");
  }

  /** Alters an R1 database on {@code connection} into R2. */
  public static void upgradeToR2(Connection connection) throws SQLException {
    run(connection, "r2-upgrade.sql");
  }

  /** Adds the writer's secondary indexes (idempotent). */
  public static void createWriterIndexes(Connection connection) throws SQLException {
    run(connection, "writer-indexes.sql");
  }

  private static void run(Connection connection, String resource) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      for (String sql : statements(resource)) {
        statement.executeUpdate(sql);
      }
    }
  }

  /** Returns the names of the tables in a database, without SQLite's own. */
  public static Set<String> tables(Connection connection) throws SQLException {
    Set<String> tables = new TreeSet<>();
    try (Statement statement = connection.createStatement();
         ResultSet rows = statement.executeQuery(
             "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'")) {
      while (rows.next()) {
        tables.add(rows.getString(1));
      }
    }
    return tables;
  }

  /**
   * Describes a database's schema as facts: per table (by name), its columns with declared type, NOT NULL and
   * primary-key position, its unique and other indexes, and its foreign keys. Two databases with the same
   * description have the same tables, columns, keys and constraints.
   */
  public static List<String> describe(Connection connection) throws SQLException {
    List<String> out = new ArrayList<>();
    try (Statement statement = connection.createStatement()) {
      for (String table : tables(connection)) {
        String quoted = "\"" + table + "\"";
        out.add("table " + table);
        try (ResultSet rows = statement.executeQuery("PRAGMA table_info(" + quoted + ")")) {
          while (rows.next()) {
            int pk = rows.getInt("pk");
            out.add("  column " + rows.getInt("cid") + " " + rows.getString("name") + " " + rows.getString("type")
                + (rows.getInt("notnull") != 0 ? " notnull" : "") + (pk != 0 ? " pk" + pk : ""));
          }
        }
        List<String[]> indexes = new ArrayList<>();
        try (ResultSet rows = statement.executeQuery("PRAGMA index_list(" + quoted + ")")) {
          while (rows.next()) {
            indexes.add(new String[] {rows.getString("name"), rows.getString("unique"), rows.getString("origin")});
          }
        }
        List<String> indexLines = new ArrayList<>();
        for (String[] index : indexes) {
          List<String> columns = new ArrayList<>();
          try (ResultSet rows = statement.executeQuery("PRAGMA index_info(\"" + index[0] + "\")")) {
            while (rows.next()) {
              columns.add(rows.getString("name"));
            }
          }
          String kind = "1".equals(index[1]) ? "unique" : "index";
          String name = index[0].startsWith("sqlite_autoindex") ? "" : " " + index[0];
          indexLines.add("  " + kind + " " + index[2] + name + "(" + String.join(",", columns) + ")");
        }
        indexLines.sort(null);
        out.addAll(indexLines);
        List<String> foreign = new ArrayList<>();
        try (ResultSet rows = statement.executeQuery("PRAGMA foreign_key_list(" + quoted + ")")) {
          while (rows.next()) {
            foreign.add("  foreign " + rows.getString("from") + " -> " + rows.getString("table") + "("
                + rows.getString("to") + ")");
          }
        }
        foreign.sort(null);
        out.addAll(foreign);
      }
    }
    return out;
  }
}

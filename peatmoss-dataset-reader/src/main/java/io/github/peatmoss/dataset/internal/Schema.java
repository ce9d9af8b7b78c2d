package io.github.peatmoss.dataset.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;

/**
 * The PeaTMOSS schema scripts and table lists, in {@code .sql} resources next to this class (folder {@code
 * Schema/}): {@code r1.sql} creates the 56 tables of the 2023 release; {@code r2-upgrade.sql} alters that into
 * the 76 tables of the 2024 release; {@code writer-indexes.sql} adds the secondary indexes a database written
 * by the SDK carries on top (an R2 superset). Scripts run as JDBI {@link org.jdbi.v3.core.statement.Script}s.
 * Thread-safe.
 */
public final class Schema {
  /** The 56 tables of R1. */
  public static final Set<String> R1_TABLES = Set.of(
      "architecture",
      "author",
      "commit_to_author",
      "dataset",
      "discussion",
      "discussion_event",
      "discussion_to_author",
      "file_path",
      "framework",
      "github_comment",
      "github_commit",
      "github_issue",
      "github_label",
      "github_merge_commit",
      "github_milestone",
      "github_pull_request",
      "github_pull_request_file",
      "github_reaction_group",
      "github_repository",
      "github_review",
      "github_status_check_rollup",
      "github_user",
      "hf_commit",
      "hf_commit_to_author",
      "hf_git_ref",
      "hf_git_ref_info",
      "hf_git_ref_to_branch",
      "hf_git_ref_to_tag",
      "issue_to_assignee",
      "language",
      "library",
      "license",
      "model",
      "model_hub",
      "model_to_architecture",
      "model_to_author",
      "model_to_dataset",
      "model_to_framework",
      "model_to_language",
      "model_to_library",
      "model_to_license",
      "model_to_paper",
      "model_to_reuse_repository",
      "model_to_tag",
      "paper",
      "ptm_issue_to_issue",
      "ptm_issues",
      "ptm_pull_request_to_pull_request",
      "ptm_pull_requests",
      "pull_request_to_assignee",
      "pull_request_to_review_requests",
      "reuse_file",
      "reuse_repo_to_issue",
      "reuse_repo_to_pull_request",
      "reuse_repository",
      "tag");

  /** The 20 tables R2 adds to R1. */
  public static final Set<String> R2_ADDED_TABLES = Set.of(
      "reuse_repository_to_license",
      "domain",
      "model_to_domain",
      "model_task",
      "model_to_model_task",
      "github_repo",
      "model_to_base_model",
      "evaluation_link",
      "evaluation_metric",
      "demo",
      "model_to_grant",
      "grant",
      "input_format",
      "output_format",
      "parameter_count",
      "hardware",
      "model_to_hardware",
      "carbon_emitted",
      "hyper_parameters",
      "limitation_and_bias");

  private Schema() {}

  /** Creates the R1 tables. */
  public static void createR1(Handle handle) {
    WritableDatabase.runScript(handle, Schema.class, "r1");
  }

  /** Alters an R1 database into R2. */
  public static void upgradeToR2(Handle handle) {
    WritableDatabase.runScript(handle, Schema.class, "r2-upgrade");
  }

  /** Adds the writer's secondary indexes (idempotent). */
  public static void createWriterIndexes(Handle handle) {
    WritableDatabase.runScript(handle, Schema.class, "writer-indexes");
  }

  /** Returns the names of the tables in a database, without SQLite's own. */
  public static Set<String> tables(Handle handle) {
    return handle
        .createQuery(sql("tables"))
        .mapTo(String.class)
        .collect(Collectors.toCollection(TreeSet::new));
  }

  /**
   * Says which PeaTMOSS tables a database lacks, for an error message: all of them ("it has none of the 56 PeaTMOSS
   * tables", with the first tables it does have), or the list of the missing ones.
   */
  public static String describeMissing(List<String> missing, Set<String> present) {
    if (missing.size() < R1_TABLES.size()) {
      return "it lacks the PeaTMOSS tables " + missing;
    }
    if (present.isEmpty()) {
      return "it has none of the " + R1_TABLES.size()
          + " PeaTMOSS tables (it has no tables at all)";
    }
    List<String> shown = present.stream().sorted().limit(5).toList();
    return "it has none of the " + R1_TABLES.size() + " PeaTMOSS tables (its tables: "
        + String.join(", ", shown) + (present.size() > shown.size() ? ", ..." : "") + ")";
  }

  /** Returns the column names of {@code table}. */
  public static Set<String> columns(Handle handle, String table) {
    return handle
        .createQuery(sql("table-info"))
        .bind("table", table)
        .map((rs, ctx) -> rs.getString("name"))
        .collect(Collectors.toCollection(TreeSet::new));
  }

  private record Index(String name, String kind, String origin) {}

  private static String sql(String name) {
    return Sql.of(Schema.class, name);
  }

  /**
   * Describes a database's schema as facts: per table (by name), its columns with declared type, NOT NULL and
   * primary-key position, its unique and other indexes, and its foreign keys. Two databases with the same
   * description have the same tables, columns, keys and constraints.
   */
  public static List<String> describe(Handle handle) {
    List<String> out = new ArrayList<>();
    for (String table : tables(handle)) {
      out.add("table " + table);
      out.addAll(handle
          .createQuery(sql("table-info"))
          .bind("table", table)
          .map((rs, ctx) -> {
            int pk = rs.getInt("pk");
            return "  column " + rs.getInt("cid") + " " + rs.getString("name") + " "
                + rs.getString("type") + (rs.getInt("notnull") != 0 ? " notnull" : "")
                + (pk != 0 ? " pk" + pk : "");
          })
          .list());
      List<String> indexLines = handle
          .createQuery(sql("index-list"))
          .bind("table", table)
          .map((rs, ctx) -> new Index(
              rs.getString("name"),
              "1".equals(rs.getString("unique")) ? "unique" : "index",
              rs.getString("origin")))
          .list()
          .stream()
          .map(index -> {
            List<String> columns = handle
                .createQuery(sql("index-info"))
                .bind("index", index.name())
                .mapTo(String.class)
                .list();
            String name = index.name().startsWith("sqlite_autoindex") ? "" : " " + index.name();
            return "  " + index.kind() + " " + index.origin() + name + "("
                + String.join(",", columns) + ")";
          })
          .sorted()
          .toList();
      out.addAll(indexLines);
      out.addAll(handle
          .createQuery(sql("foreign-key-list"))
          .bind("table", table)
          .map((rs, ctx) -> "  foreign " + rs.getString("from") + " -> " + rs.getString("table")
              + "(" + rs.getString("to") + ")")
          .list()
          .stream()
          .sorted()
          .toList());
    }
    return out;
  }
}

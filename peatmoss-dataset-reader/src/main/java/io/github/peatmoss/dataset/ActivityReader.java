package io.github.peatmoss.dataset;

import io.github.peatmoss.core.model.Discussion;
import io.github.peatmoss.core.model.DiscussionEvent;
import io.github.peatmoss.core.model.GitHubComment;
import io.github.peatmoss.core.model.GitHubIssue;
import io.github.peatmoss.core.model.GitHubPullRequest;
import io.github.peatmoss.core.model.GitRef;
import io.github.peatmoss.core.model.HfCommit;
import io.github.peatmoss.core.model.ModelId;
import io.github.peatmoss.core.model.PullRequestFile;
import io.github.peatmoss.dataset.internal.Timestamps;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Query;

/**
 * Reads a model's or repository's activity: Hugging Face commits, refs and discussions, and GitHub issues and
 * pull requests. Each kind is one query for the parents plus one set-based query per child table.
 */
final class ActivityReader {
  private ActivityReader() {}

  /** A row mapper that may throw {@link SQLException}. */
  interface RowFunction<T> {
    T apply(ResultSet rs) throws SQLException;
  }

  static <T> List<T> rows(Handle handle, String sql, RowFunction<T> mapper, Object... args) {
    Query query = handle.createQuery(sql);
    for (int i = 0; i < args.length; i++) {
      query.bind(i, args[i]);
    }
    return query.scanResultSet((supplier, ctx) -> {
      List<T> out = new ArrayList<>();
      try (ResultSet rs = supplier.get()) {
        while (rs.next()) {
          T value = mapper.apply(rs);
          if (value != null) {
            out.add(value);
          }
        }
      }
      return out;
    });
  }

  /** Groups child rows by the parent id in column 1, for the parents in {@code selection}. */
  static <T> Map<Long, List<T>> children(Handle handle, String sqlBeforeClause, String sqlAfterClause,
      Selection selection, RowFunction<T> mapper) {
    Map<Long, List<T>> out = new HashMap<>();
    if (selection.isEmpty()) {
      return out;
    }
    Query query = handle.createQuery(sqlBeforeClause + " " + selection.clause() + " " + sqlAfterClause);
    selection.bind(query, 0);
    query.scanResultSet((supplier, ctx) -> {
      try (ResultSet rs = supplier.get()) {
        while (rs.next()) {
          long parent = rs.getLong(1);
          if (!selection.contains(parent)) {
            continue;
          }
          T value = mapper.apply(rs);
          if (value != null) {
            out.computeIfAbsent(parent, k -> new ArrayList<>()).add(value);
          }
        }
      }
      return null;
    });
    return out;
  }

  static Long longOrNull(ResultSet rs, int column) throws SQLException {
    return ModelReader.longOrNull(rs, column);
  }

  private static String string(ResultSet rs, int column) throws SQLException {
    return rs.getString(column);
  }

  // ---- Hugging Face ----

  static List<HfCommit> commits(Handle handle, ModelId model, long modelRow) {
    Map<Long, HfCommit.Builder> commits = new LinkedHashMap<>();
    for (Object[] row : rows(handle, "SELECT id, commit_id, created_at, title, message FROM hf_commit"
        + " WHERE model_id = ? ORDER BY id", rs -> new Object[] {rs.getLong(1), string(rs, 2), string(rs, 3),
            string(rs, 4), string(rs, 5)}, modelRow)) {
      if (row[1] == null) {
        continue;
      }
      HfCommit.Builder b = HfCommit.builder().model(model).commitId((String) row[1])
          .createdAt(Timestamps.parse((String) row[2]));
      if (row[3] != null) {
        b.title((String) row[3]);
      }
      if (row[4] != null) {
        b.message((String) row[4]);
      }
      commits.put((Long) row[0], b);
    }
    Map<Long, List<String>> authors = children(handle, "SELECT j.hf_commit_id, a.name FROM hf_commit_to_author j"
        + " JOIN author a ON a.id = j.author_id WHERE j.hf_commit_id", "ORDER BY j.hf_commit_id, j.author_id",
        Selection.of(commits.keySet()), rs -> rs.getString(2));
    List<HfCommit> out = new ArrayList<>();
    commits.forEach((id, b) -> out.add(b.addAllAuthors(authors.getOrDefault(id, List.of())).build()));
    return out;
  }

  static List<GitRef> gitRefs(Handle handle, ModelId model, long modelRow) {
    List<GitRef> out = new ArrayList<>();
    for (GitRef.Kind kind : GitRef.Kind.values()) {
      String junction = kind == GitRef.Kind.BRANCH ? "hf_git_ref_to_branch" : "hf_git_ref_to_tag";
      out.addAll(rows(handle, "SELECT i.name, i.ref, i.target_commit FROM hf_git_ref g JOIN " + junction
          + " j ON j.hf_git_ref_id = g.id JOIN hf_git_ref_info i ON i.id = j.hf_git_ref_info_id"
          + " WHERE g.model_id = ? ORDER BY i.id", rs -> {
            String name = rs.getString(1);
            if (name == null) {
              return null;
            }
            GitRef.Builder b = GitRef.builder().model(model).kind(kind).name(name);
            String ref = rs.getString(2);
            if (ref != null) {
              b.ref(ref);
            }
            String target = rs.getString(3);
            if (target != null) {
              b.targetCommit(target);
            }
            return b.build();
          }, modelRow));
    }
    return out;
  }

  static List<Discussion> discussions(Handle handle, ModelId model, long modelRow) {
    Map<Long, Discussion.Builder> discussions = new LinkedHashMap<>();
    for (Object[] row : rows(handle, "SELECT id, title, status, num, repo_id, repo_type, is_pull_request,"
        + " created_at, endpoint, target_branch, merge_commit_oid, diff FROM discussion WHERE model_id = ?"
        + " ORDER BY num, id", rs -> {
          Long num = longOrNull(rs, 4);
          if (num == null) {
            return null;
          }
          Discussion.Builder b = Discussion.builder().model(model).num(num.intValue())
              .pullRequest(rs.getLong(7) != 0).createdAt(Timestamps.parse(rs.getString(8)));
          setIfPresent(rs.getString(2), b::title);
          setIfPresent(rs.getString(3), b::status);
          setIfPresent(rs.getString(5), b::repoId);
          setIfPresent(rs.getString(6), b::repoType);
          setIfPresent(rs.getString(9), b::endpoint);
          setIfPresent(rs.getString(10), b::targetBranch);
          setIfPresent(rs.getString(11), b::mergeCommitOid);
          setIfPresent(rs.getString(12), b::diff);
          return new Object[] {rs.getLong(1), b};
        }, modelRow)) {
      discussions.put((Long) row[0], (Discussion.Builder) row[1]);
    }
    Selection selection = Selection.of(discussions.keySet());
    Map<Long, List<String>> authors = children(handle, "SELECT j.discussion_id, a.name FROM discussion_to_author j"
        + " JOIN author a ON a.id = j.author_id WHERE j.discussion_id", "ORDER BY j.discussion_id, j.author_id",
        selection, rs -> rs.getString(2));
    Map<Long, List<String>> files = children(handle, "SELECT discussion_id, path FROM file_path WHERE discussion_id",
        "ORDER BY discussion_id, id", selection, rs -> rs.getString(2));
    Map<Long, List<DiscussionEvent>> events = children(handle, "SELECT discussion_id, event_id, type, created_at,"
        + " author, content, edited, hidden, new_status, summary, oid, old_title, new_title FROM discussion_event"
        + " WHERE discussion_id", "ORDER BY discussion_id, id", selection, rs -> {
          DiscussionEvent.Builder e = DiscussionEvent.builder().createdAt(Timestamps.parse(rs.getString(4)))
              .edited(rs.getLong(7) != 0).hidden(rs.getLong(8) != 0);
          setIfPresent(rs.getString(2), e::eventId);
          setIfPresent(rs.getString(3), e::type);
          setIfPresent(rs.getString(5), e::author);
          setIfPresent(rs.getString(6), e::content);
          setIfPresent(rs.getString(9), e::newStatus);
          setIfPresent(rs.getString(10), e::summary);
          setIfPresent(rs.getString(11), e::oid);
          setIfPresent(rs.getString(12), e::oldTitle);
          setIfPresent(rs.getString(13), e::newTitle);
          return e.build();
        });
    List<Discussion> out = new ArrayList<>();
    discussions.forEach((id, b) -> out.add(b.addAllAuthors(authors.getOrDefault(id, List.of()))
        .addAllConflictingFiles(files.getOrDefault(id, List.of())).addAllEvents(events.getOrDefault(id, List.of()))
        .build()));
    return out;
  }

  // ---- GitHub ----

  private static final String ISSUE_COLUMNS = "i.id, i.url, i.number, i.title, i.body, i.state, i.closed, u.login,"
      + " i.created_at, i.updated_at, i.closed_at";

  /** Issues selected by {@code joinAndWhere} (which may refer to {@code i}, the issue, and {@code u}, its author). */
  static List<GitHubIssue> issues(Handle handle, String joinAndWhere, Object... args) {
    Map<Long, GitHubIssue.Builder> issues = new LinkedHashMap<>();
    for (Object[] row : rows(handle, "SELECT " + ISSUE_COLUMNS + " FROM github_issue i LEFT JOIN github_user u"
        + " ON u.id = i.author_id " + joinAndWhere + " ORDER BY i.id", rs -> {
          String url = rs.getString(2);
          if (url == null) {
            return null;
          }
          GitHubIssue.Builder b = GitHubIssue.builder().url(url).closed(rs.getLong(7) != 0)
              .createdAt(Timestamps.parse(rs.getString(9))).updatedAt(Timestamps.parse(rs.getString(10)))
              .closedAt(Timestamps.parse(rs.getString(11)));
          Long number = longOrNull(rs, 3);
          if (number != null) {
            b.number(number.intValue());
          }
          setIfPresent(rs.getString(4), b::title);
          setIfPresent(rs.getString(5), b::body);
          setIfPresent(rs.getString(6), b::state);
          setIfPresent(rs.getString(8), b::author);
          return new Object[] {rs.getLong(1), b};
        }, args)) {
      issues.putIfAbsent((Long) row[0], (GitHubIssue.Builder) row[1]);
    }
    Selection selection = Selection.of(issues.keySet());
    Map<Long, List<String>> assignees = children(handle, "SELECT j.issue_id, u.login FROM issue_to_assignee j"
        + " JOIN github_user u ON u.id = j.assignee_id WHERE j.issue_id", "ORDER BY j.issue_id, j.assignee_id",
        selection, rs -> rs.getString(2));
    Map<Long, List<String>> labels = children(handle, "SELECT issue_id, name FROM github_label WHERE issue_id",
        "ORDER BY issue_id, id", selection, rs -> rs.getString(2));
    Map<Long, List<GitHubComment>> comments = comments(handle, "issue_id", selection);
    List<GitHubIssue> out = new ArrayList<>();
    issues.forEach((id, b) -> out.add(b.addAllAssignees(assignees.getOrDefault(id, List.of()))
        .addAllLabels(labels.getOrDefault(id, List.of())).addAllComments(comments.getOrDefault(id, List.of()))
        .build()));
    return out;
  }

  private static final String PR_COLUMNS = "p.id, p.url, p.number, p.title, p.body, p.state, p.closed, p.is_draft,"
      + " p.is_cross_repository, u.login, p.base_ref_name, p.head_ref_name, p.additions, p.deletions,"
      + " p.changed_files, p.mergeable, p.review_decision, mb.login, p.created_at, p.updated_at, p.closed_at,"
      + " p.merged_at";

  /** Pull requests selected by {@code joinAndWhere} (which may refer to {@code p}, the pull request). */
  static List<GitHubPullRequest> pullRequests(Handle handle, String joinAndWhere, Object... args) {
    Map<Long, GitHubPullRequest.Builder> prs = new LinkedHashMap<>();
    for (Object[] row : rows(handle, "SELECT " + PR_COLUMNS + " FROM github_pull_request p LEFT JOIN github_user u"
        + " ON u.id = p.author_id LEFT JOIN github_user mb ON mb.id = p.merged_by_id " + joinAndWhere
        + " ORDER BY p.id", rs -> {
          String url = rs.getString(2);
          if (url == null) {
            return null;
          }
          GitHubPullRequest.Builder b = GitHubPullRequest.builder().url(url).closed(rs.getLong(7) != 0)
              .draft(rs.getLong(8) != 0).crossRepository(rs.getLong(9) != 0)
              .createdAt(Timestamps.parse(rs.getString(19))).updatedAt(Timestamps.parse(rs.getString(20)))
              .closedAt(Timestamps.parse(rs.getString(21))).mergedAt(Timestamps.parse(rs.getString(22)));
          Long number = longOrNull(rs, 3);
          if (number != null) {
            b.number(number.intValue());
          }
          setIfPresent(rs.getString(4), b::title);
          setIfPresent(rs.getString(5), b::body);
          setIfPresent(rs.getString(6), b::state);
          setIfPresent(rs.getString(10), b::author);
          setIfPresent(rs.getString(11), b::baseRefName);
          setIfPresent(rs.getString(12), b::headRefName);
          Long additions = longOrNull(rs, 13);
          if (additions != null) {
            b.additions(additions.intValue());
          }
          Long deletions = longOrNull(rs, 14);
          if (deletions != null) {
            b.deletions(deletions.intValue());
          }
          Long changed = longOrNull(rs, 15);
          if (changed != null) {
            b.changedFiles(changed.intValue());
          }
          setIfPresent(rs.getString(16), b::mergeable);
          setIfPresent(rs.getString(17), b::reviewDecision);
          setIfPresent(rs.getString(18), b::mergedBy);
          return new Object[] {rs.getLong(1), b};
        }, args)) {
      prs.putIfAbsent((Long) row[0], (GitHubPullRequest.Builder) row[1]);
    }
    Selection selection = Selection.of(prs.keySet());
    Map<Long, List<String>> assignees = children(handle, "SELECT j.pull_request_id, u.login FROM"
        + " pull_request_to_assignee j JOIN github_user u ON u.id = j.assignee_id WHERE j.pull_request_id",
        "ORDER BY j.pull_request_id, j.assignee_id", selection, rs -> rs.getString(2));
    Map<Long, List<String>> reviewers = children(handle, "SELECT j.pull_request_id, u.login FROM"
        + " pull_request_to_review_requests j JOIN github_user u ON u.id = j.review_request_id"
        + " WHERE j.pull_request_id", "ORDER BY j.pull_request_id, j.review_request_id", selection,
        rs -> rs.getString(2));
    Map<Long, List<String>> labels = children(handle, "SELECT pull_request_id, name FROM github_label WHERE"
        + " pull_request_id", "ORDER BY pull_request_id, id", selection, rs -> rs.getString(2));
    Map<Long, List<PullRequestFile>> files = children(handle, "SELECT pull_request_id, path, additions, deletions"
        + " FROM github_pull_request_file WHERE pull_request_id", "ORDER BY pull_request_id, id", selection, rs -> {
          String path = rs.getString(2);
          if (path == null) {
            return null;
          }
          PullRequestFile.Builder f = PullRequestFile.builder().path(path);
          Long additions = longOrNull(rs, 3);
          if (additions != null) {
            f.additions(additions.intValue());
          }
          Long deletions = longOrNull(rs, 4);
          if (deletions != null) {
            f.deletions(deletions.intValue());
          }
          return f.build();
        });
    Map<Long, List<GitHubComment>> comments = comments(handle, "pull_request_id", selection);
    List<GitHubPullRequest> out = new ArrayList<>();
    prs.forEach((id, b) -> out.add(b.addAllAssignees(assignees.getOrDefault(id, List.of()))
        .addAllReviewRequests(reviewers.getOrDefault(id, List.of())).addAllLabels(labels.getOrDefault(id, List.of()))
        .addAllFiles(files.getOrDefault(id, List.of())).addAllComments(comments.getOrDefault(id, List.of()))
        .build()));
    return out;
  }

  private static Map<Long, List<GitHubComment>> comments(Handle handle, String parentColumn, Selection selection) {
    return children(handle, "SELECT c." + parentColumn + ", u.login, c.author_association, c.body, c.created_at"
        + " FROM github_comment c LEFT JOIN github_user u ON u.id = c.author_id WHERE c." + parentColumn,
        "ORDER BY c." + parentColumn + ", c.id", selection, rs -> {
          GitHubComment.Builder c = GitHubComment.builder().createdAt(Timestamps.parse(rs.getString(5)));
          setIfPresent(rs.getString(2), c::author);
          setIfPresent(rs.getString(3), c::authorAssociation);
          setIfPresent(rs.getString(4), c::body);
          return c.build();
        });
  }

  static void setIfPresent(String value, Consumer<String> setter) {
    if (value != null) {
      setter.accept(value);
    }
  }
}

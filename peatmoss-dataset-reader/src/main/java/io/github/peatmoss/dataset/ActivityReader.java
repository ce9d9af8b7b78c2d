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
import io.github.peatmoss.core.model.RepoRef;
import io.github.peatmoss.dataset.internal.Sql;
import io.github.peatmoss.dataset.internal.Timestamps;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.Query;

/**
 * Reads a model's or repository's activity: Hugging Face commits, refs and discussions, and GitHub issues and
 * pull requests. Each kind is one query for the parents plus one set-based query per child table ({@code
 * bindList} of the parents' ids). SQL in {@code ActivityReader/*.sql}.
 */
final class ActivityReader {
  private ActivityReader() {}

  /** A parent row: its row id and the builder of its value, which the child queries complete. */
  private record Parent<B>(long id, B builder) {}

  /** Starts a query from resource {@code <owner>/<name>.sql}. */
  static Query query(Handle handle, Class<?> owner, String name) {
    return handle.createQuery(Sql.of(owner, name));
  }

  /**
   * Groups the child rows of a parents-by-id query (resource {@code <owner>/<name>.sql}, parent id in column 1,
   * ids bound as list {@code ids}) by parent; a row the mapper maps to {@code null} is left out.
   */
  static <T> Map<Long, List<T>> children(
      Handle handle,
      Class<?> owner,
      String name,
      Collection<Long> parents,
      Consumer<Query> defines,
      RowMapper<T> mapper) {
    if (parents.isEmpty()) {
      return Map.of();
    }
    Query query = query(handle, owner, name);
    defines.accept(query);
    return query.bindList("ids", List.copyOf(parents)).reduceRows(new HashMap<>(), (map, row) -> {
      T value = row.getRow(mapper);
      if (value != null) {
        map.computeIfAbsent(row.getColumn(1, Long.class), k -> new ArrayList<>())
            .add(value);
      }
      return map;
    });
  }

  private static <T> Map<Long, List<T>> children(
      Handle handle, String name, Collection<Long> parents, RowMapper<T> mapper) {
    return children(handle, ActivityReader.class, name, parents, q -> {}, mapper);
  }

  private static <B> Map<Long, B> parents(Query query, RowMapper<Parent<B>> mapper) {
    Map<Long, B> out = new LinkedHashMap<>();
    query.map(mapper).forEach(p -> {
      if (p != null) {
        out.putIfAbsent(p.id(), p.builder());
      }
    });
    return out;
  }

  private static <T> List<T> get(Map<Long, List<T>> children, long parent) {
    return children.getOrDefault(parent, List.of());
  }

  private static final RowMapper<String> SECOND = (rs, ctx) -> rs.getString(2);

  // ---- Hugging Face ----

  static List<HfCommit> commits(Handle handle, ModelId model, long modelRow) {
    Map<Long, HfCommit.Builder> commits = parents(
        query(handle, ActivityReader.class, "commits").bind("model", modelRow), (rs, ctx) -> {
          String commitId = rs.getString(2);
          if (commitId == null) {
            return null;
          }
          HfCommit.Builder b = HfCommit.builder()
              .model(model)
              .commitId(commitId)
              .createdAt(Timestamps.parse(rs.getString(3)));
          setIfPresent(rs.getString(4), b::title);
          setIfPresent(rs.getString(5), b::message);
          return new Parent<>(rs.getLong(1), b);
        });
    Map<Long, List<String>> authors = children(handle, "commit-authors", commits.keySet(), SECOND);
    List<HfCommit> out = new ArrayList<>();
    commits.forEach((id, b) -> out.add(b.addAllAuthors(get(authors, id)).build()));
    return out;
  }

  static List<GitRef> gitRefs(Handle handle, ModelId model, long modelRow) {
    List<GitRef> out = new ArrayList<>();
    for (GitRef.Kind kind : GitRef.Kind.values()) {
      String junction = kind == GitRef.Kind.BRANCH ? "hf_git_ref_to_branch" : "hf_git_ref_to_tag";
      query(handle, ActivityReader.class, "git-refs")
          .define("junction", junction)
          .bind("model", modelRow)
          .map((rs, ctx) -> {
            String name = rs.getString(1);
            if (name == null) {
              return null;
            }
            GitRef.Builder b = GitRef.builder().model(model).kind(kind).name(name);
            setIfPresent(rs.getString(2), b::ref);
            setIfPresent(rs.getString(3), b::targetCommit);
            return b.build();
          })
          .forEach(ref -> {
            if (ref != null) {
              out.add(ref);
            }
          });
    }
    return out;
  }

  static List<Discussion> discussions(Handle handle, ModelId model, long modelRow) {
    Map<Long, Discussion.Builder> discussions = parents(
        query(handle, ActivityReader.class, "discussions").bind("model", modelRow), (rs, ctx) -> {
          Long num = ModelReader.longOrNull(rs, 4);
          if (num == null) {
            return null;
          }
          Discussion.Builder b = Discussion.builder()
              .model(model)
              .num(num.intValue())
              .pullRequest(rs.getLong(7) != 0)
              .createdAt(Timestamps.parse(rs.getString(8)));
          setIfPresent(rs.getString(2), b::title);
          setIfPresent(rs.getString(3), b::status);
          setIfPresent(rs.getString(5), b::repoId);
          setIfPresent(rs.getString(6), b::repoType);
          setIfPresent(rs.getString(9), b::endpoint);
          setIfPresent(rs.getString(10), b::targetBranch);
          setIfPresent(rs.getString(11), b::mergeCommitOid);
          setIfPresent(rs.getString(12), b::diff);
          return new Parent<>(rs.getLong(1), b);
        });
    Map<Long, List<String>> authors =
        children(handle, "discussion-authors", discussions.keySet(), SECOND);
    Map<Long, List<String>> files =
        children(handle, "discussion-files", discussions.keySet(), SECOND);
    Map<Long, List<DiscussionEvent>> events =
        children(handle, "discussion-events", discussions.keySet(), (rs, ctx) -> {
          DiscussionEvent.Builder e = DiscussionEvent.builder()
              .createdAt(Timestamps.parse(rs.getString(4)))
              .edited(rs.getLong(7) != 0)
              .hidden(rs.getLong(8) != 0);
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
    discussions.forEach((id, b) -> out.add(b.addAllAuthors(get(authors, id))
        .addAllConflictingFiles(get(files, id))
        .addAllEvents(get(events, id))
        .build()));
    return out;
  }

  // ---- GitHub ----

  /**
   * Whose GitHub issues and pull requests to read: a model's own repository (PyTorch Hub models) or a downstream
   * repository; {@code filter} ends the names of the filter resources ({@code issues-of-model}, ...).
   */
  record Owner(String filter, Consumer<Query> binds) {
    static Owner model(long modelRow) {
      return new Owner("of-model", q -> q.bind("model", modelRow));
    }

    static Owner repository(RepoRef repository) {
      return new Owner(
          "of-repository",
          q -> q.bind("owner", repository.owner()).bind("name", repository.name()));
    }
  }

  /** Starts query {@code name} with its {@code <filter>} from resource {@code name-<owner's filter>}. */
  private static Query filtered(Handle handle, String name, Owner owner) {
    Query query = query(handle, ActivityReader.class, name)
        .define("filter", Sql.of(ActivityReader.class, name + "-" + owner.filter()));
    owner.binds().accept(query);
    return query;
  }

  /** The issues of {@code owner}. */
  static List<GitHubIssue> issues(Handle handle, Owner owner) {
    Map<Long, GitHubIssue.Builder> issues =
        parents(filtered(handle, "issues", owner), (rs, ctx) -> {
          String url = rs.getString(2);
          if (url == null) {
            return null;
          }
          GitHubIssue.Builder b = GitHubIssue.builder()
              .url(url)
              .closed(rs.getLong(7) != 0)
              .createdAt(Timestamps.parse(rs.getString(9)))
              .updatedAt(Timestamps.parse(rs.getString(10)))
              .closedAt(Timestamps.parse(rs.getString(11)));
          setIfPresent(ModelReader.longOrNull(rs, 3), n -> b.number(n.intValue()));
          setIfPresent(rs.getString(4), b::title);
          setIfPresent(rs.getString(5), b::body);
          setIfPresent(rs.getString(6), b::state);
          setIfPresent(rs.getString(8), b::author);
          return new Parent<>(rs.getLong(1), b);
        });
    Map<Long, List<String>> assignees =
        children(handle, "issue-assignees", issues.keySet(), SECOND);
    Map<Long, List<String>> labels = labels(handle, "issue_id", issues.keySet());
    Map<Long, List<GitHubComment>> comments = comments(handle, "issue_id", issues.keySet());
    List<GitHubIssue> out = new ArrayList<>();
    issues.forEach((id, b) -> out.add(b.addAllAssignees(get(assignees, id))
        .addAllLabels(get(labels, id))
        .addAllComments(get(comments, id))
        .build()));
    return out;
  }

  /** The pull requests of {@code owner}. */
  static List<GitHubPullRequest> pullRequests(Handle handle, Owner owner) {
    Query query = filtered(handle, "pull-requests", owner);
    Map<Long, GitHubPullRequest.Builder> prs = parents(query, (rs, ctx) -> {
      String url = rs.getString(2);
      if (url == null) {
        return null;
      }
      GitHubPullRequest.Builder b = GitHubPullRequest.builder()
          .url(url)
          .closed(rs.getLong(7) != 0)
          .draft(rs.getLong(8) != 0)
          .crossRepository(rs.getLong(9) != 0)
          .createdAt(Timestamps.parse(rs.getString(19)))
          .updatedAt(Timestamps.parse(rs.getString(20)))
          .closedAt(Timestamps.parse(rs.getString(21)))
          .mergedAt(Timestamps.parse(rs.getString(22)));
      setIfPresent(ModelReader.longOrNull(rs, 3), n -> b.number(n.intValue()));
      setIfPresent(rs.getString(4), b::title);
      setIfPresent(rs.getString(5), b::body);
      setIfPresent(rs.getString(6), b::state);
      setIfPresent(rs.getString(10), b::author);
      setIfPresent(rs.getString(11), b::baseRefName);
      setIfPresent(rs.getString(12), b::headRefName);
      setIfPresent(ModelReader.longOrNull(rs, 13), n -> b.additions(n.intValue()));
      setIfPresent(ModelReader.longOrNull(rs, 14), n -> b.deletions(n.intValue()));
      setIfPresent(ModelReader.longOrNull(rs, 15), n -> b.changedFiles(n.intValue()));
      setIfPresent(rs.getString(16), b::mergeable);
      setIfPresent(rs.getString(17), b::reviewDecision);
      setIfPresent(rs.getString(18), b::mergedBy);
      return new Parent<>(rs.getLong(1), b);
    });
    Map<Long, List<String>> assignees =
        children(handle, "pull-request-assignees", prs.keySet(), SECOND);
    Map<Long, List<String>> reviewers =
        children(handle, "pull-request-reviewers", prs.keySet(), SECOND);
    Map<Long, List<String>> labels = labels(handle, "pull_request_id", prs.keySet());
    Map<Long, List<PullRequestFile>> files =
        children(handle, "pull-request-files", prs.keySet(), (rs, ctx) -> {
          String path = rs.getString(2);
          if (path == null) {
            return null;
          }
          PullRequestFile.Builder f = PullRequestFile.builder().path(path);
          setIfPresent(ModelReader.longOrNull(rs, 3), n -> f.additions(n.intValue()));
          setIfPresent(ModelReader.longOrNull(rs, 4), n -> f.deletions(n.intValue()));
          return f.build();
        });
    Map<Long, List<GitHubComment>> comments = comments(handle, "pull_request_id", prs.keySet());
    List<GitHubPullRequest> out = new ArrayList<>();
    prs.forEach((id, b) -> out.add(b.addAllAssignees(get(assignees, id))
        .addAllReviewRequests(get(reviewers, id))
        .addAllLabels(get(labels, id))
        .addAllFiles(get(files, id))
        .addAllComments(get(comments, id))
        .build()));
    return out;
  }

  private static Map<Long, List<String>> labels(
      Handle handle, String parentColumn, Collection<Long> parents) {
    return children(
        handle,
        ActivityReader.class,
        "labels",
        parents,
        q -> q.define("parent", parentColumn),
        SECOND);
  }

  private static Map<Long, List<GitHubComment>> comments(
      Handle handle, String parentColumn, Collection<Long> parents) {
    return children(
        handle,
        ActivityReader.class,
        "comments",
        parents,
        q -> q.define("parent", parentColumn),
        (rs, ctx) -> {
          GitHubComment.Builder c =
              GitHubComment.builder().createdAt(Timestamps.parse(rs.getString(5)));
          setIfPresent(rs.getString(2), c::author);
          setIfPresent(rs.getString(3), c::authorAssociation);
          setIfPresent(rs.getString(4), c::body);
          return c.build();
        });
  }

  /** Passes {@code value} to {@code setter} unless it is {@code null} (a NULL column). */
  static <V> void setIfPresent(V value, Consumer<V> setter) {
    if (value != null) {
      setter.accept(value);
    }
  }
}

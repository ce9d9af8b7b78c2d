package io.github.peatmoss.dataset;

import static io.github.peatmoss.dataset.WriterRows.number;
import static io.github.peatmoss.dataset.WriterRows.text;
import static io.github.peatmoss.dataset.WriterRows.time;

import io.github.peatmoss.core.model.GitHubComment;
import io.github.peatmoss.core.model.GitHubIssue;
import io.github.peatmoss.core.model.GitHubPullRequest;
import io.github.peatmoss.core.model.ModelId;
import io.github.peatmoss.core.model.PullRequestFile;
import io.github.peatmoss.core.model.RepoRef;
import io.github.peatmoss.dataset.WriterRows.WrittenRow;
import java.util.Arrays;
import java.util.List;

/**
 * Upserts of GitHub issues and pull requests (keyed by URL), of a model's own repository (PyTorch Hub models,
 * grouped by repository in {@code ptm_issues}/{@code ptm_pull_requests}) or of a downstream repository.
 */
final class GitHubUpserts {
  private static final List<String> ISSUE_COLUMNS = List.of(
      "author_id",
      "body",
      "closed",
      "closed_at",
      "created_at",
      "number",
      "state",
      "title",
      "updated_at",
      "url");
  private static final List<String> PULL_REQUEST_COLUMNS = List.of(
      "additions",
      "author_id",
      "base_ref_name",
      "body",
      "changed_files",
      "closed",
      "closed_at",
      "created_at",
      "deletions",
      "head_ref_name",
      "is_cross_repository",
      "is_draft",
      "mergeable",
      "merged_at",
      "merged_by_id",
      "number",
      "review_decision",
      "state",
      "title",
      "updated_at",
      "url");
  private static final List<String> COMMENT_COLUMNS =
      List.of("author_id", "author_association", "body", "created_at");
  private static final List<String> FILE_COLUMNS = List.of("path", "additions", "deletions");

  private final WriterRows rows;
  private final Lookups lookups;
  private final SetSync sets;

  GitHubUpserts(WriterRows rows, Lookups lookups, SetSync sets) {
    this.rows = rows;
    this.lookups = lookups;
    this.sets = sets;
  }

  void modelIssue(ModelId model, GitHubIssue issue) {
    long row = issue(issue);
    link("model-issue", "group", ptmGroup("ptm_issues", "ptm_issues_id", model), row);
  }

  void repositoryIssue(RepoRef repository, GitHubIssue issue) {
    long row = issue(issue);
    link("repository-issue", "repository", lookups.ensureRepository(repository), row);
  }

  void modelPullRequest(ModelId model, GitHubPullRequest pullRequest) {
    long row = pullRequest(pullRequest);
    link(
        "model-pull-request",
        "group",
        ptmGroup("ptm_pull_requests", "ptm_pull_requests_id", model),
        row);
  }

  void repositoryPullRequest(RepoRef repository, GitHubPullRequest pullRequest) {
    long row = pullRequest(pullRequest);
    link("repository-pull-request", "repository", lookups.ensureRepository(repository), row);
  }

  /** Links issue or pull request {@code row} to its owner (group or repository) once, by statement {@code sql}. */
  private void link(String sql, String ownerParameter, long owner, long row) {
    rows.update(GitHubUpserts.class, sql)
        .bind(ownerParameter, owner)
        .bind("row", row)
        .execute();
  }

  /** Returns the row of the model's repository group in {@code table}, linking the model to it. */
  private long ptmGroup(String table, String modelColumn, ModelId model) {
    long modelRow = lookups.ensureModel(model);
    String repoUrl = rows.query(GitHubUpserts.class, "model-repo-url")
        .bind("model", modelRow)
        .mapTo(String.class)
        .findFirst()
        .orElseGet(() ->
            model.pytorchRepository().map(r -> "github.com/" + r.fullName()).orElse(model.value()));
    long group = WriterRows.id(rows.query(GitHubUpserts.class, "group-by-repo")
            .define("table", table)
            .bind("repoUrl", repoUrl))
        .orElseGet(() -> WriterRows.insert(rows.query(GitHubUpserts.class, "insert-group")
            .define("table", table)
            .bind("repoUrl", repoUrl)));
    rows.update(GitHubUpserts.class, "model-group")
        .define("column", modelColumn)
        .bind("group", group)
        .bind("model", modelRow)
        .execute();
    return group;
  }

  private long issue(GitHubIssue issue) {
    WrittenRow row = rows.upsertRow(
        WriterRows.id(rows.query(GitHubUpserts.class, "issue-by-url").bind("url", issue.url())),
        "github_issue",
        ISSUE_COLUMNS,
        Arrays.asList(
            lookups.githubUser(issue.author()),
            text(issue.body()),
            issue.isClosed(),
            time(issue.closedAt()),
            time(issue.createdAt()),
            number(issue.number()),
            text(issue.state()),
            text(issue.title()),
            time(issue.updatedAt()),
            issue.url()));
    sets.syncSet("issue_to_assignee", "issue_id", "assignee_id", row, users(issue.assignees()));
    sets.syncRows("github_label", "issue_id", row, List.of("name"), labels(issue.labels()));
    sets.syncRows("github_comment", "issue_id", row, COMMENT_COLUMNS, comments(issue.comments()));
    return row.id();
  }

  private long pullRequest(GitHubPullRequest pr) {
    WrittenRow row = rows.upsertRow(
        WriterRows.id(rows.query(GitHubUpserts.class, "pull-request-by-url").bind("url", pr.url())),
        "github_pull_request",
        PULL_REQUEST_COLUMNS,
        Arrays.asList(
            number(pr.additions()),
            lookups.githubUser(pr.author()),
            text(pr.baseRefName()),
            text(pr.body()),
            number(pr.changedFiles()),
            pr.isClosed(),
            time(pr.closedAt()),
            time(pr.createdAt()),
            number(pr.deletions()),
            text(pr.headRefName()),
            pr.isCrossRepository(),
            pr.isDraft(),
            text(pr.mergeable()),
            time(pr.mergedAt()),
            lookups.githubUser(pr.mergedBy()),
            number(pr.number()),
            text(pr.reviewDecision()),
            text(pr.state()),
            text(pr.title()),
            time(pr.updatedAt()),
            pr.url()));
    sets.syncSet(
        "pull_request_to_assignee", "pull_request_id", "assignee_id", row, users(pr.assignees()));
    sets.syncSet(
        "pull_request_to_review_requests",
        "pull_request_id",
        "review_request_id",
        row,
        users(pr.reviewRequests()));
    sets.syncRows("github_label", "pull_request_id", row, List.of("name"), labels(pr.labels()));
    List<List<Object>> files = pr.files().stream()
        .map((PullRequestFile f) ->
            Arrays.<Object>asList(f.path(), number(f.additions()), number(f.deletions())))
        .toList();
    sets.syncRows("github_pull_request_file", "pull_request_id", row, FILE_COLUMNS, files);
    sets.syncRows(
        "github_comment", "pull_request_id", row, COMMENT_COLUMNS, comments(pr.comments()));
    return row.id();
  }

  private List<Long> users(List<String> logins) {
    return lookups.lookupAll("github_user", "login", logins);
  }

  private static List<List<Object>> labels(List<String> labels) {
    return labels.stream().map(label -> List.<Object>of(label)).toList();
  }

  private List<List<Object>> comments(List<GitHubComment> comments) {
    return comments.stream()
        .map(c -> Arrays.<Object>asList(
            lookups.githubUser(c.author()),
            text(c.authorAssociation()),
            text(c.body()),
            time(c.createdAt())))
        .toList();
  }
}

package io.github.peatmoss.dataset;

import static org.assertj.core.api.Assertions.assertThat;

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
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Write-then-read of a model's activity (Hugging Face commits, refs, discussions) and of GitHub issues and pull
 * requests of models and repositories: what is read equals what was written, every field and child; writing a
 * changed value again replaces it in place; other models' and repositories' rows are not mixed in.
 */
class ActivityRoundTripTest {
  @TempDir
  Path tmp;

  private static final ModelId MODEL = ModelId.of("acme-ai/tiny-bert");
  private static final ModelId OTHER = ModelId.of("acme-ai/other");
  private static final RepoRef REPO = RepoRef.of("river-dev", "chat-ui");
  private static final Instant T1 = Instant.parse("2023-05-01T12:00:00Z");
  private static final Instant T2 = Instant.parse("2023-06-02T08:30:00.250Z");

  static final HfCommit COMMIT_1 = HfCommit.builder()
      .model(MODEL)
      .commitId("a".repeat(40))
      .createdAt(T1)
      .title("Initial commit")
      .message("first\nsecond line")
      .addAuthors("jo", "sam")
      .build();
  static final HfCommit COMMIT_2 =
      HfCommit.builder().model(MODEL).commitId("b".repeat(40)).build();

  static final GitRef BRANCH = GitRef.builder()
      .model(MODEL)
      .kind(GitRef.Kind.BRANCH)
      .name("main")
      .ref("refs/heads/main")
      .targetCommit("a".repeat(40))
      .build();
  static final GitRef TAG = GitRef.builder()
      .model(MODEL)
      .kind(GitRef.Kind.TAG)
      .name("main")
      .ref("refs/tags/main")
      .targetCommit("b".repeat(40))
      .build();
  static final GitRef BARE_TAG =
      GitRef.builder().model(MODEL).kind(GitRef.Kind.TAG).name("v1").build();

  static final Discussion DISCUSSION = Discussion.builder()
      .model(MODEL)
      .num(2)
      .title("Add safetensors")
      .status("merged")
      .repoId("acme-ai/tiny-bert")
      .repoType("model")
      .pullRequest(true)
      .createdAt(T1)
      .endpoint("https://huggingface.co")
      .targetBranch("refs/heads/main")
      .mergeCommitOid("c".repeat(40))
      .diff("--- a\n+++ b\n")
      .addAuthors("jo", "bot")
      .addConflictingFiles("config.json", "model.bin")
      .addEvents(
          DiscussionEvent.builder()
              .eventId("e1")
              .type("comment")
              .createdAt(T1)
              .author("jo")
              .content("please merge")
              .edited(true)
              .hidden(false)
              .build(),
          DiscussionEvent.builder()
              .eventId("e2")
              .type("status-change")
              .createdAt(T2)
              .author("sam")
              .hidden(true)
              .newStatus("merged")
              .summary("merged it")
              .oid("d".repeat(40))
              .oldTitle("Add st")
              .newTitle("Add safetensors")
              .build())
      .build();
  static final Discussion OPEN =
      Discussion.builder().model(MODEL).num(1).title("Question").build();

  static final GitHubIssue ISSUE = GitHubIssue.builder()
      .url("https://github.com/pytorch/vision/issues/7")
      .number(7)
      .title("Crash on load")
      .body("stack trace")
      .state("CLOSED")
      .closed(true)
      .author("jo")
      .createdAt(T1)
      .updatedAt(T2)
      .closedAt(T2)
      .addAssignees("sam", "kim")
      .addLabels("bug", "help wanted")
      .addComments(
          GitHubComment.builder()
              .author("sam")
              .authorAssociation("MEMBER")
              .body("fixed")
              .createdAt(T2)
              .build(),
          GitHubComment.builder().body("thanks").build())
      .build();

  static final GitHubPullRequest PULL = GitHubPullRequest.builder()
      .url("https://github.com/river-dev/chat-ui/pull/3")
      .number(3)
      .title("Bump model")
      .body("uses the new weights")
      .state("MERGED")
      .closed(true)
      .draft(false)
      .crossRepository(true)
      .author("jo")
      .baseRefName("main")
      .headRefName("bump")
      .additions(10)
      .deletions(2)
      .changedFiles(2)
      .mergeable("MERGEABLE")
      .reviewDecision("APPROVED")
      .mergedBy("sam")
      .createdAt(T1)
      .updatedAt(T2)
      .closedAt(T2)
      .mergedAt(T2)
      .addAssignees("jo")
      .addReviewRequests("kim", "lee")
      .addLabels("dependencies")
      .addFiles(
          PullRequestFile.builder().path("app.py").additions(8).deletions(2).build(),
          PullRequestFile.builder().path("README.md").additions(2).deletions(0).build())
      .addComments(
          GitHubComment.builder().author("kim").body("lgtm").createdAt(T2).build())
      .build();

  static final GitHubPullRequest DRAFT = GitHubPullRequest.builder()
      .url("https://github.com/pytorch/vision/pull/9")
      .number(9)
      .draft(true)
      .build();

  private Path write(Consumer<PeatmossWriter.Batch> work) {
    Path file = tmp.resolve("activity.db");
    try (PeatmossWriter writer = PeatmossWriter.open(file)) {
      writer.write(work);
    }
    return file;
  }

  @Test
  void hubActivity_readsBackAsWritten() {
    Path file = write(b -> {
      b.upsertHfCommit(COMMIT_1);
      b.upsertHfCommit(COMMIT_2);
      b.upsertGitRef(BRANCH);
      b.upsertGitRef(TAG);
      b.upsertGitRef(BARE_TAG);
      b.upsertDiscussion(DISCUSSION);
      b.upsertDiscussion(OPEN);
      b.upsertHfCommit(HfCommit.builder().model(OTHER).commitId("e".repeat(40)).build());
      b.upsertGitRef(
          GitRef.builder().model(OTHER).kind(GitRef.Kind.BRANCH).name("dev").build());
      b.upsertDiscussion(
          Discussion.builder().model(OTHER).num(2).title("elsewhere").build());
    });
    try (PeatmossDataset dataset = PeatmossDataset.open(file)) {
      assertThat(dataset.commitsOf(MODEL)).containsExactly(COMMIT_1, COMMIT_2);
      assertThat(dataset.gitRefsOf(MODEL)).containsExactlyInAnyOrder(BRANCH, TAG, BARE_TAG);
      assertThat(dataset.gitRefsOf(MODEL))
          .filteredOn(r -> r.kind() == GitRef.Kind.BRANCH)
          .containsExactly(BRANCH);
      assertThat(dataset.discussionsOf(MODEL)).containsExactly(OPEN, DISCUSSION);
      assertThat(dataset.commitsOf(OTHER)).hasSize(1);
      assertThat(dataset.discussionsOf(ModelId.of("acme-ai/absent"))).isEmpty();
      assertThat(dataset.commitsOf(ModelId.of("acme-ai/absent"))).isEmpty();
      assertThat(dataset.gitRefsOf(ModelId.of("acme-ai/absent"))).isEmpty();
      assertThat(dataset.tableCounts())
          .containsEntry("hf_commit", 3L)
          .containsEntry("hf_commit_to_author", 2L)
          .containsEntry("hf_git_ref", 2L)
          .containsEntry("hf_git_ref_info", 4L)
          .containsEntry("discussion", 3L)
          .containsEntry("discussion_event", 2L)
          .containsEntry("file_path", 2L);
    }
  }

  @Test
  void hubActivity_writtenAgainChanged_isReplacedInPlace() {
    HfCommit commit =
        COMMIT_1.toBuilder().title("Renamed").authors(List.of("sam")).build();
    GitRef branch = BRANCH.toBuilder().targetCommit("f".repeat(40)).build();
    Discussion discussion = DISCUSSION.toBuilder()
        .status("closed")
        .conflictingFiles(List.of("config.json"))
        .events(DISCUSSION.events().subList(0, 1))
        .authors(List.of("bot"))
        .build();
    Path file = write(b -> {
      b.upsertHfCommit(COMMIT_1);
      b.upsertGitRef(BRANCH);
      b.upsertDiscussion(DISCUSSION);
    });
    List<String> rowIdsBefore;
    try (PeatmossDataset dataset = PeatmossDataset.open(file)) {
      rowIdsBefore = ids(dataset);
    }
    try (PeatmossWriter writer = PeatmossWriter.open(file)) {
      writer.write(b -> {
        b.upsertHfCommit(commit);
        b.upsertGitRef(branch);
        b.upsertDiscussion(discussion);
      });
    }
    try (PeatmossDataset dataset = PeatmossDataset.open(file)) {
      assertThat(dataset.commitsOf(MODEL)).containsExactly(commit);
      assertThat(dataset.gitRefsOf(MODEL)).containsExactly(branch);
      assertThat(dataset.discussionsOf(MODEL)).containsExactly(discussion);
      assertThat(ids(dataset)).as("same rows, updated").isEqualTo(rowIdsBefore);
      assertThat(dataset.tableCounts())
          .containsEntry("hf_commit_to_author", 1L)
          .containsEntry("discussion_event", 1L)
          .containsEntry("discussion_to_author", 1L)
          .containsEntry("file_path", 1L);
    }
  }

  private static List<String> ids(PeatmossDataset dataset) {
    return List.of("hf_commit", "hf_git_ref_info", "discussion").stream()
        .flatMap(table ->
            dataset.streamTable(table).map(row -> table + " " + row.get("id")).toList().stream())
        .toList();
  }

  @Test
  void gitHubActivity_readsBackAsWritten_forModelsAndRepositories() {
    ModelId torch = ModelId.of("pytorch/vision/resnet50");
    Path file = write(b -> {
      b.upsertModelIssue(torch, ISSUE);
      b.upsertModelPullRequest(torch, DRAFT);
      b.upsertRepositoryPullRequest(REPO, PULL);
      b.upsertRepositoryIssue(
          REPO,
          ISSUE.toBuilder()
              .url("https://github.com/river-dev/chat-ui/issues/1")
              .number(1)
              .build());
    });
    try (PeatmossDataset dataset = PeatmossDataset.open(file)) {
      assertThat(dataset.issuesOf(torch)).containsExactly(ISSUE);
      assertThat(dataset.pullRequestsOf(torch)).containsExactly(DRAFT);
      assertThat(dataset.pullRequestsOf(REPO)).containsExactly(PULL);
      assertThat(dataset.issuesOf(REPO))
          .extracting(GitHubIssue::url)
          .containsExactly("https://github.com/river-dev/chat-ui/issues/1");
      assertThat(dataset.issuesOf(RepoRef.of("river-dev", "absent"))).isEmpty();
      assertThat(dataset.pullRequestsOf(ModelId.of("acme-ai/absent"))).isEmpty();
    }
  }

  @Test
  void gitHubActivity_writtenAgainChanged_isReplaced() {
    ModelId torch = ModelId.of("pytorch/vision/resnet50");
    GitHubIssue reopened = ISSUE.toBuilder()
        .state("OPEN")
        .closed(false)
        .assignees(List.of("kim"))
        .labels(List.of())
        .comments(ISSUE.comments().subList(0, 1))
        .build();
    GitHubPullRequest changed = PULL.toBuilder()
        .files(PULL.files().subList(1, 2))
        .reviewRequests(List.of("lee"))
        .comments(List.of())
        .build();
    Path file = write(b -> {
      b.upsertModelIssue(torch, ISSUE);
      b.upsertRepositoryPullRequest(REPO, PULL);
    });
    try (PeatmossWriter writer = PeatmossWriter.open(file)) {
      writer.write(b -> {
        b.upsertModelIssue(torch, reopened);
        b.upsertRepositoryPullRequest(REPO, changed);
      });
    }
    try (PeatmossDataset dataset = PeatmossDataset.open(file)) {
      assertThat(dataset.issuesOf(torch)).containsExactly(reopened);
      assertThat(dataset.pullRequestsOf(REPO)).containsExactly(changed);
      assertThat(dataset.tableCounts())
          .containsEntry("github_issue", 1L)
          .containsEntry("github_pull_request", 1L);
    }
  }

  /**
   * The published file has rows without the column that identifies them (no commit id, ref name, discussion
   * number, issue or pull request URL, file path); no value can hold them, so reads leave them out.
   */
  @Test
  void rowsWithoutTheirKey_areLeftOut() throws Exception {
    Path file = write(b -> {
      b.upsertHfCommit(COMMIT_1);
      b.upsertGitRef(BRANCH);
      b.upsertDiscussion(OPEN);
      b.upsertRepositoryIssue(REPO, ISSUE);
      b.upsertRepositoryPullRequest(REPO, PULL);
    });
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
        Statement s = c.createStatement()) {
      s.executeUpdate("INSERT INTO hf_commit (commit_id, title, model_id)"
          + " SELECT NULL, 'no sha', model_id FROM hf_commit");
      s.executeUpdate("INSERT INTO hf_git_ref_info (name, ref) VALUES (NULL, 'refs/heads/x')");
      s.executeUpdate("INSERT INTO hf_git_ref_to_branch (hf_git_ref_id, hf_git_ref_info_id)"
          + " SELECT id, last_insert_rowid() FROM hf_git_ref");
      s.executeUpdate("INSERT INTO discussion (num, title, model_id)"
          + " SELECT NULL, 'no number', model_id FROM discussion");
      s.executeUpdate("INSERT INTO github_issue (url, title) VALUES (NULL, 'no url')");
      s.executeUpdate("INSERT INTO reuse_repo_to_issue (reuse_repository_id, github_issue_id)"
          + " SELECT id, last_insert_rowid() FROM reuse_repository");
      s.executeUpdate("INSERT INTO github_pull_request (url, title) VALUES (NULL, 'no url')");
      s.executeUpdate("INSERT INTO reuse_repo_to_pull_request"
          + " (reuse_repository_id, github_pull_request_id)"
          + " SELECT id, last_insert_rowid() FROM reuse_repository");
      s.executeUpdate("INSERT INTO github_pull_request_file (path, additions, pull_request_id)"
          + " SELECT NULL, 1, id FROM github_pull_request WHERE url IS NOT NULL");
    }
    try (PeatmossDataset dataset = PeatmossDataset.open(file)) {
      assertThat(dataset.tableCounts())
          .containsEntry("hf_commit", 2L)
          .containsEntry("hf_git_ref_info", 2L)
          .containsEntry("discussion", 2L)
          .containsEntry("github_issue", 2L)
          .containsEntry("github_pull_request", 2L)
          .containsEntry("github_pull_request_file", 3L);
      assertThat(dataset.commitsOf(MODEL)).containsExactly(COMMIT_1);
      assertThat(dataset.gitRefsOf(MODEL)).containsExactly(BRANCH);
      assertThat(dataset.discussionsOf(MODEL)).containsExactly(OPEN);
      assertThat(dataset.issuesOf(REPO)).containsExactly(ISSUE);
      assertThat(dataset.pullRequestsOf(REPO)).containsExactly(PULL);
    }
  }

  /**
   * Writing every kind of child row again unchanged (booleans, whole and fractional numbers, text) leaves every
   * row of the file as it was, ids included; a change in one text column alone is written.
   */
  @Test
  void childRows_writtenAgainUnchanged_keepTheirRows_andATextChangeIsWritten() {
    ExtractedMetadataFixture fixture = new ExtractedMetadataFixture();
    Consumer<PeatmossWriter.Batch> everything = b -> {
      b.upsertDiscussion(DISCUSSION);
      b.upsertRepositoryIssue(REPO, ISSUE);
      b.upsertRepositoryPullRequest(REPO, PULL);
      b.upsertExtractedMetadata(fixture.metadata);
    };
    Path file = write(everything);
    List<String> before = TestDatabases.dump(file);
    try (PeatmossWriter writer = PeatmossWriter.open(file)) {
      writer.write(everything);
    }
    assertThat(TestDatabases.dump(file)).isEqualTo(before);

    GitHubPullRequest renamed = PULL.toBuilder()
        .files(List.of(
            PULL.files().get(0).toBuilder().path("main.py").build(),
            PULL.files().get(1)))
        .build();
    Discussion edited = DISCUSSION.toBuilder()
        .events(List.of(
            DISCUSSION.events().get(0).toBuilder().content("please merge it").build(),
            DISCUSSION.events().get(1)))
        .build();
    try (PeatmossWriter writer = PeatmossWriter.open(file)) {
      writer.write(b -> {
        b.upsertRepositoryPullRequest(REPO, renamed);
        b.upsertDiscussion(edited);
      });
    }
    try (PeatmossDataset dataset = PeatmossDataset.open(file)) {
      assertThat(dataset.pullRequestsOf(REPO)).containsExactly(renamed);
      assertThat(dataset.discussionsOf(MODEL)).containsExactly(edited);
    }
  }

  /** Extracted metadata with child rows of each column type. */
  private static final class ExtractedMetadataFixture {
    final io.github.peatmoss.core.model.ExtractedMetadata metadata =
        io.github.peatmoss.core.model.ExtractedMetadata.builder()
            .model(MODEL)
            .addHardware(io.github.peatmoss.core.model.Extracted.of(
                io.github.peatmoss.core.model.Hardware.builder()
                    .name("8x A100")
                    .hoursUsed(12.5)
                    .cloudProvider("gcp")
                    .build(),
                io.github.peatmoss.core.model.Provenance.LLM))
            .addHardware(io.github.peatmoss.core.model.Extracted.of(
                io.github.peatmoss.core.model.Hardware.builder()
                    .name("TPU v3")
                    .hoursUsed(12.0)
                    .build(),
                io.github.peatmoss.core.model.Provenance.LLM))
            .addGithubRepository(io.github.peatmoss.core.model.Extracted.of(
                REPO, io.github.peatmoss.core.model.Provenance.LLM))
            .addEvaluationLink(io.github.peatmoss.core.model.Extracted.of(
                "https://example.org/board", io.github.peatmoss.core.model.Provenance.LLM))
            .build();
  }
}

package io.github.peatmoss.core.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/** A GitHub pull request of a model or downstream repository ({@code github_pull_request}). */
@Value.Immutable
@JsonSerialize(as = ImmutableGitHubPullRequest.class)
@JsonDeserialize(as = ImmutableGitHubPullRequest.class)
public interface GitHubPullRequest {

  /** Returns the pull request URL, unique per pull request. */
  String url();

  /** Returns the number. */
  OptionalInt number();

  /** Returns the title. */
  Optional<String> title();

  /** Returns the body. */
  Optional<String> body();

  /** Returns the state: {@code OPEN}, {@code CLOSED} or {@code MERGED}. */
  Optional<String> state();

  /** Returns whether it is closed. */
  @Value.Default
  default boolean isClosed() {
    return false;
  }

  /** Returns whether it is a draft. */
  @Value.Default
  default boolean isDraft() {
    return false;
  }

  /** Returns whether the head is in another repository. */
  @Value.Default
  default boolean isCrossRepository() {
    return false;
  }

  /** Returns the author login. */
  Optional<String> author();

  /** Returns the base branch. */
  Optional<String> baseRefName();

  /** Returns the head branch. */
  Optional<String> headRefName();

  /** Returns lines added. */
  OptionalInt additions();

  /** Returns lines deleted. */
  OptionalInt deletions();

  /** Returns the number of changed files. */
  OptionalInt changedFiles();

  /** Returns the mergeable state as GitHub reports it. */
  Optional<String> mergeable();

  /** Returns the review decision. */
  Optional<String> reviewDecision();

  /** Returns who merged it. */
  Optional<String> mergedBy();

  /** Returns when it was opened. */
  Optional<Instant> createdAt();

  /** Returns when it was last updated. */
  Optional<Instant> updatedAt();

  /** Returns when it was closed. */
  Optional<Instant> closedAt();

  /** Returns when it was merged. */
  Optional<Instant> mergedAt();

  /** Returns the assignee logins. */
  List<String> assignees();

  /** Returns the logins asked for review. */
  List<String> reviewRequests();

  /** Returns the label names. */
  List<String> labels();

  /** Returns the changed files. */
  List<PullRequestFile> files();

  /** Returns the comments. */
  List<GitHubComment> comments();

  /** Returns a new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Returns a builder initialised from this value. */
  default Builder toBuilder() {
    return builder().from(this);
  }

  /** Builds {@link GitHubPullRequest} values; not thread-safe. */
  final class Builder extends ImmutableGitHubPullRequest.Builder {}
}

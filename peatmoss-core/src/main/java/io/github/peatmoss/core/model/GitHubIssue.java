package io.github.peatmoss.core.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/** A GitHub issue of a model or downstream repository ({@code github_issue}). */
@Value.Immutable
@JsonSerialize(as = ImmutableGitHubIssue.class)
@JsonDeserialize(as = ImmutableGitHubIssue.class)
public interface GitHubIssue {

  /** Returns the issue URL, unique per issue. */
  String url();

  /** Returns the issue number. */
  OptionalInt number();

  /** Returns the title. */
  Optional<String> title();

  /** Returns the body. */
  Optional<String> body();

  /** Returns the state, {@code OPEN} or {@code CLOSED}. */
  Optional<String> state();

  /** Returns whether the issue is closed. */
  @Value.Default
  default boolean isClosed() {
    return false;
  }

  /** Returns the author login. */
  Optional<String> author();

  /** Returns when it was opened. */
  Optional<Instant> createdAt();

  /** Returns when it was last updated. */
  Optional<Instant> updatedAt();

  /** Returns when it was closed. */
  Optional<Instant> closedAt();

  /** Returns the assignee logins. */
  List<String> assignees();

  /** Returns the label names. */
  List<String> labels();

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

  /** Builds {@link GitHubIssue} values; not thread-safe. */
  final class Builder extends ImmutableGitHubIssue.Builder {}
}

package io.github.peatmoss.core.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;

/** A comment on a GitHub issue or pull request ({@code github_comment}). */
@Value.Immutable
@JsonSerialize(as = ImmutableGitHubComment.class)
@JsonDeserialize(as = ImmutableGitHubComment.class)
public interface GitHubComment {

  /** Returns the author login. */
  Optional<String> author();

  /** Returns the author association, for example {@code CONTRIBUTOR}. */
  Optional<String> authorAssociation();

  /** Returns the comment text. */
  Optional<String> body();

  /** Returns when the comment was made. */
  Optional<Instant> createdAt();

  /** Returns a new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Returns a builder initialised from this value. */
  default Builder toBuilder() {
    return builder().from(this);
  }

  /** Builds {@link GitHubComment} values; not thread-safe. */
  final class Builder extends ImmutableGitHubComment.Builder {}
}

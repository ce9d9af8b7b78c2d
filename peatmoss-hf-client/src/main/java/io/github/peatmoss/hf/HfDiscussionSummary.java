package io.github.peatmoss.hf;

import io.github.peatmoss.core.model.Discussion;
import io.github.peatmoss.core.model.ModelId;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * One entry of a repository's discussion listing: what the Hub says about a discussion or pull request without
 * its events. {@link HfClient#getDiscussion(ModelId, int)} reads the details.
 */
@Value.Immutable
public interface HfDiscussionSummary {
  /** Returns the model whose repository holds the discussion. */
  ModelId model();

  /** Returns the discussion number within the repository. */
  int num();

  /** Returns the title. */
  Optional<String> title();

  /** Returns the status: {@code open}, {@code closed}, {@code merged} or {@code draft}. */
  Optional<String> status();

  /** Returns whether this is a pull request. */
  @Value.Default
  default boolean isPullRequest() {
    return false;
  }

  /** Returns when it was opened. */
  Optional<Instant> createdAt();

  /** Returns the author's name; {@code deleted} when the Hub no longer names the user. */
  String author();

  /** Returns the repository id as the Hub reports it. */
  Optional<String> repoId();

  /** Returns the repository type as the Hub reports it, usually {@code model}. */
  Optional<String> repoType();

  /** Returns the number of comments, when the Hub reports it. */
  OptionalInt numComments();

  /** Returns the discussion as a core value without events, diff or conflicting files. */
  default Discussion toDiscussion(String endpoint) {
    return Discussion.builder()
        .model(model())
        .num(num())
        .title(title())
        .status(status())
        .pullRequest(isPullRequest())
        .createdAt(createdAt())
        .addAuthors(author())
        .repoId(repoId())
        .repoType(repoType())
        .endpoint(endpoint)
        .build();
  }

  /** Returns a new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link HfDiscussionSummary} values; not thread-safe. */
  final class Builder extends ImmutableHfDiscussionSummary.Builder {}
}

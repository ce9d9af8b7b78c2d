package io.github.peatmoss.core.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.OptionalInt;
import org.immutables.value.Value;

/** A file changed by a GitHub pull request ({@code github_pull_request_file}). */
@Value.Immutable
@JsonSerialize(as = ImmutablePullRequestFile.class)
@JsonDeserialize(as = ImmutablePullRequestFile.class)
public interface PullRequestFile {

  /** Returns the path. */
  String path();

  /** Returns lines added. */
  OptionalInt additions();

  /** Returns lines deleted. */
  OptionalInt deletions();

  /** Returns a new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Returns a builder initialised from this value. */
  default Builder toBuilder() {
    return builder().from(this);
  }

  /** Builds {@link PullRequestFile} values; not thread-safe. */
  final class Builder extends ImmutablePullRequestFile.Builder {}
}

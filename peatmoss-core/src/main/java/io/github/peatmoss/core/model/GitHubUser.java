package io.github.peatmoss.core.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/** A GitHub user as PeaTMOSS stores it ({@code github_user}). */
@Value.Immutable
@JsonSerialize(as = ImmutableGitHubUser.class)
@JsonDeserialize(as = ImmutableGitHubUser.class)
public interface GitHubUser {

  /** Returns the login. */
  String login();

  /** Returns the public e-mail address, if any. */
  Optional<String> email();

  /** Returns the display name (PeaTMOSS never filled it). */
  Optional<String> name();

  /** Returns a new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Returns a builder initialised from this value. */
  default Builder toBuilder() {
    return builder().from(this);
  }

  /** Builds {@link GitHubUser} values; not thread-safe. */
  final class Builder extends ImmutableGitHubUser.Builder {}
}

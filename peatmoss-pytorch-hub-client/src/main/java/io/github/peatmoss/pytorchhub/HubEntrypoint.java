package io.github.peatmoss.pytorchhub;

import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/** A public callable of a {@code hubconf.py}: what {@code torch.hub.list} would show. */
@Value.Immutable
@JsonSerialize(as = ImmutableHubEntrypoint.class)
public interface HubEntrypoint {
  /** How the name enters the module. */
  enum Kind {
    /** A top-level {@code def}. */
    FUNCTION,
    /** A name imported with {@code from ... import}; listed by torch.hub only if it is callable. */
    IMPORTED,
    /** A top-level assignment of a {@code lambda} or {@code partial(..)}. */
    ASSIGNED
  }

  /** Returns the entrypoint name. */
  String name();

  /** Returns how it is defined. */
  Kind kind();

  /** Returns the first line of a function's docstring (what {@code torch.hub.help} shows). */
  Optional<String> summary();

  /** Returns the 1-based line of the definition. */
  int line();

  /** Returns a new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link HubEntrypoint} values; not thread-safe. */
  final class Builder extends ImmutableHubEntrypoint.Builder {}
}

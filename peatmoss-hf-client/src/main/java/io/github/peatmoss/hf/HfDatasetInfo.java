package io.github.peatmoss.hf;

import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.immutables.value.Value;

/** A dataset repository on the Hub, as a listing returns it. */
@Value.Immutable
@JsonSerialize(as = ImmutableHfDatasetInfo.class)
public interface HfDatasetInfo {
  /** Returns the dataset id, {@code namespace/name} (or a legacy name). */
  String id();

  /** Returns the namespace. */
  Optional<String> author();

  /** Returns the commit sha. */
  Optional<String> sha();

  /** Returns the date of the last commit. */
  Optional<Instant> lastModified();

  /** Returns downloads in the last 30 days. */
  OptionalLong downloads();

  /** Returns the number of likes. */
  OptionalLong likes();

  /** Returns the tags. */
  List<String> tags();

  /** Returns whether the repository is private. */
  @Value.Default
  default boolean isPrivateRepository() {
    return false;
  }

  /** Returns the gating mode. */
  @Value.Default
  default HfGating gating() {
    return HfGating.NONE;
  }

  /** Returns the parsed card metadata, when asked for. */
  Map<String, Object> cardData();

  /** Returns a new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link HfDatasetInfo} values; not thread-safe. */
  final class Builder extends ImmutableHfDatasetInfo.Builder {}
}

package io.github.peatmoss.report;

import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import org.immutables.value.Value;

/** A license pair whose links are incompatible, with example links. */
@Value.Immutable
@JsonSerialize(as = ImmutableInconsistency.class)
public interface Inconsistency {
  /** Returns the model license (canonical SPDX, or a {@code LicenseRef-}). */
  String inbound();

  /** Returns the repository license ({@code NONE} for a repository without one). */
  String outbound();

  /** Returns the number of incompatible links with this pair. */
  long links();

  /** Returns why the pair is incompatible, as the compatibility check says it. */
  List<String> reasons();

  /** Returns up to three example links, {@code model -> owner/repository}. */
  List<String> examples();

  /** Returns a new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Inconsistency} values; not thread-safe. */
  final class Builder extends ImmutableInconsistency.Builder {}
}

package io.github.peatmoss.report;

import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import org.immutables.value.Value;

/** PTMs per model hub. */
@Value.Immutable
@JsonSerialize(as = ImmutableHubsSection.class)
public interface HubsSection extends ReportSection {
  @Override
  default Section section() {
    return Section.HUBS;
  }

  /** Returns the number of models. */
  long models();

  /** Returns the models per hub, most first. */
  List<Count> byHub();

  /** Returns a new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link HubsSection} values; not thread-safe. */
  final class Builder extends ImmutableHubsSection.Builder {}
}

package io.github.peatmoss.report;

import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import org.immutables.value.Value;

/** PTMs per license category and per license (normalised to SPDX). */
@Value.Immutable
@JsonSerialize(as = ImmutableLicensesSection.class)
public interface LicensesSection extends ReportSection {
  @Override
  default Section section() {
    return Section.LICENSES;
  }

  /** Returns the number of models. */
  long models();

  /** Returns the number of models without any license. */
  long unlicensed();

  /** Returns models per license category ({@code PERMISSIVE}, ...; several licenses combine as AND), most first. */
  List<Count> byCategory();

  /** Returns the most common licenses after normalisation, most first. */
  List<Count> topLicenses();

  /** Returns a new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link LicensesSection} values; not thread-safe. */
  final class Builder extends ImmutableLicensesSection.Builder {}
}

package io.github.peatmoss.report;

import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;

/** The license audit of every model-to-repository link, by verdict, category pair and license pair. */
@Value.Immutable
@JsonSerialize(as = ImmutableLicenseAuditSection.class)
public interface LicenseAuditSection extends ReportSection {
  @Override
  default Section section() {
    return Section.LICENSE_AUDIT;
  }

  /** Returns the number of links audited. */
  long links();

  /** Returns links per verdict name ({@code COMPATIBLE}, ...), every verdict present, best first. */
  Map<String, Long> byVerdict();

  /** Returns links per (model category, repository category) pair, most first. */
  List<PairCount> byCategoryPair();

  /** Returns the most common (model license, repository license) pairs, most first. */
  List<PairCount> byLicensePair();

  /** Returns the license pairs with the most incompatible links, most first, with reasons and examples. */
  List<Inconsistency> inconsistencies();

  /** Returns license strings that could not be mapped, with the links they appear in, most first. */
  Map<String, Long> unmappedLicenses();

  /** Returns a new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link LicenseAuditSection} values; not thread-safe. */
  final class Builder extends ImmutableLicenseAuditSection.Builder {}
}

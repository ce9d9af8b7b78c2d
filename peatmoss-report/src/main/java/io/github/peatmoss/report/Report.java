package io.github.peatmoss.report;

import io.github.peatmoss.dataset.SchemaVersion;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/** The report on one database: one {@link ReportSection} per analysis run, in {@link Section} order. */
@Value.Immutable
public interface Report {
  /** Returns how the database is named: its path, or {@code bundled sample}. */
  String database();

  /** Returns whether the database is the bundled sample. */
  @Value.Default
  default boolean sample() {
    return false;
  }

  /** Returns the schema generation of the database. */
  SchemaVersion schema();

  /**
   * Returns a warning to print before everything else, if any: a report on the bundled sample says the data is
   * synthetic and seeded with license conflicts, so that nobody quotes its numbers as findings.
   */
  Optional<String> caveat();

  /** Returns the analyses run, in report order. */
  List<ReportSection> sections();

  /** Returns the section of the given type, if it was run and not skipped. */
  default <T extends ReportSection> Optional<T> section(Class<T> type) {
    return sections().stream().filter(type::isInstance).map(type::cast).findFirst();
  }

  /** Returns the sections by their camelCase JSON key, in report order. */
  default Map<String, ReportSection> sectionsByKey() {
    Map<String, ReportSection> out = new LinkedHashMap<>();
    sections().forEach(s -> out.put(s.section().key(), s));
    return out;
  }

  /**
   * Returns the report as the fields of one JSON object: {@code db} (the path, {@code sample} for the bundled
   * one), {@code schema}, {@code caveat} (null
   * when none) and one key per section ({@link Section#key()}) holding the section value (a skipped one as
   * {@code {"section", "requires", "skipped"}}). Section values serialise with Jackson (register {@code
   * Jdk8Module}).
   */
  default Map<String, Object> jsonFields() {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("db", sample() ? "sample" : database());
    out.put("schema", schema().name());
    out.put("caveat", caveat().orElse(null));
    out.putAll(sectionsByKey());
    return out;
  }

  /** Returns a new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Report} values; not thread-safe. */
  final class Builder extends ImmutableReport.Builder {}
}

package io.github.peatmoss.dataset.internal;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * Reads the ISO-8601 timestamp strings PeaTMOSS stores (GitHub's {@code 2023-05-01T12:00:00Z}, the Hub's
 * {@code 2023-05-01T12:00:00.000Z}, and zone-less forms, read as UTC). The Hub's placeholder
 * {@code 2022-03-02T23:29:04}, given to every repository created before it recorded creation dates, reads as
 * unknown. Thread-safe.
 */
public final class Timestamps {
  /** The creation time the Hub reports for repositories older than its records. */
  public static final String HUB_PLACEHOLDER = "2022-03-02T23:29:04";

  private Timestamps() {}

  /** Returns the instant {@code text} denotes; empty for NULL, blank, the Hub placeholder, or unreadable text. */
  public static Optional<Instant> parse(String text) {
    if (text == null || text.isBlank() || text.startsWith(HUB_PLACEHOLDER)) {
      return Optional.empty();
    }
    String s = text.trim().replace(' ', 'T');
    try {
      return Optional.of(OffsetDateTime.parse(s).toInstant());
    } catch (DateTimeParseException e) {
      try {
        return Optional.of(LocalDateTime.parse(s).toInstant(ZoneOffset.UTC));
      } catch (DateTimeParseException e2) {
        return Optional.empty();
      }
    }
  }

  /** Returns the text to store for {@code instant}. */
  public static String format(Instant instant) {
    return instant.toString();
  }
}

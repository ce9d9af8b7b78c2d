package io.github.peatmoss.dataset.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Each stored timestamp form PeaTMOSS has, and the values that read as unknown. */
class TimestampsTest {
  private static final Instant NOON = Instant.parse("2023-05-01T12:00:00Z");

  @Test
  void parse_readsGitHubsHubsAndZonelessForms() {
    assertThat(Timestamps.parse("2023-05-01T12:00:00Z")).hasValue(NOON);
    assertThat(Timestamps.parse("2023-05-01T12:00:00.000Z")).hasValue(NOON);
    assertThat(Timestamps.parse("2023-05-01T14:00:00+02:00")).hasValue(NOON);
    assertThat(Timestamps.parse("2023-05-01T12:00:00"))
        .as("zone-less reads as UTC")
        .hasValue(NOON);
    assertThat(Timestamps.parse("2023-05-01 12:00:00")).as("SQLite's space").hasValue(NOON);
    assertThat(Timestamps.parse("  2023-05-01T12:00:00Z \n")).hasValue(NOON);
  }

  @Test
  void parse_givesUnknownForNullBlankUnreadableAndTheHubPlaceholder() {
    assertThat(Timestamps.parse(null)).isEmpty();
    assertThat(Timestamps.parse("")).isEmpty();
    assertThat(Timestamps.parse("  ")).isEmpty();
    assertThat(Timestamps.parse("yesterday")).isEmpty();
    assertThat(Timestamps.parse("2023-13-01T12:00:00")).isEmpty();
    assertThat(Timestamps.parse("2022-03-02T23:29:04")).isEmpty();
    assertThat(Timestamps.parse("2022-03-02T23:29:04.000Z")).isEmpty();
    assertThat(Timestamps.parse("2022-03-02T23:29:05Z"))
        .as("a second later is a real date")
        .isPresent();
  }

  @Test
  void format_writesIsoInstants() {
    assertThat(Timestamps.format(NOON)).isEqualTo("2023-05-01T12:00:00Z");
  }
}

package io.github.peatmoss.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SkipRecorderTest {

  @Test
  void record_sameRowTwice_countsOnce() {
    SkipRecorder skips = new SkipRecorder();
    skips.record("model", 7, "no name");
    skips.record("model", 7, "no name");
    skips.record("reuse_repository", 7, "not owner/name");
    assertThat(skips.count()).isEqualTo(2);
    assertThat(skips.rows())
        .extracting(SkippedRow::table)
        .containsExactly("model", "reuse_repository");
  }

  @Test
  void record_beyondTheKeptLimit_keepsCountingButNotTheRows() {
    SkipRecorder skips = new SkipRecorder();
    for (int i = 0; i < SkipRecorder.KEPT + 25; i++) {
      skips.record("model", i, "bad " + i);
    }
    skips.record("model", SkipRecorder.KEPT + 3, "again");
    assertThat(skips.count()).isEqualTo(SkipRecorder.KEPT + 25);
    assertThat(skips.rows()).hasSize(SkipRecorder.KEPT);
    assertThat(skips.rows().get(0).reason()).isEqualTo("bad 0");
  }
}

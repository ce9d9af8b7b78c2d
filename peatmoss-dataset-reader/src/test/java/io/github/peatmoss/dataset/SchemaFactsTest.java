package io.github.peatmoss.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.peatmoss.dataset.internal.Schema;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The project's DDL reproduces the published schemas exactly: the facts SQLite reports for a database created
 * from {@code r1.sql} (and {@code r1.sql} + {@code r2-upgrade.sql}) equal the facts of the released R1 DDL and
 * R2 dump, recorded in {@code schema/released-*.facts}. A writer's database holds every released fact.
 */
class SchemaFactsTest {
  @TempDir
  Path tmp;

  @Test
  void createR1_describesExactlyAsTheReleasedR1Ddl() throws Exception {
    try (Handle c = memory()) {
      Schema.createR1(c);
      assertThat(Schema.describe(c)).containsExactlyElementsOf(facts("released-r1.facts"));
      assertThat(Schema.tables(c))
          .hasSize(56)
          .containsExactlyInAnyOrderElementsOf(Schema.R1_TABLES);
    }
  }

  @Test
  void upgradeToR2_describesExactlyAsTheReleasedR2Dump() throws Exception {
    try (Handle c = memory()) {
      Schema.createR1(c);
      Schema.upgradeToR2(c);
      assertThat(Schema.describe(c)).containsExactlyElementsOf(facts("released-r2.facts"));
      assertThat(Schema.tables(c)).hasSize(76);
    }
  }

  @Test
  void writerOutput_holdsEveryReleasedR2FactAndOnlyAddsIndexes() throws Exception {
    Path file = tmp.resolve("written.db");
    try (PeatmossWriter writer = PeatmossWriter.open(file)) {
      writer.write(batch -> {});
    }
    try (Handle c = Jdbi.open("jdbc:sqlite:" + file)) {
      List<String> written = Schema.describe(c);
      List<String> released = facts("released-r2.facts");
      assertThat(written).containsAll(released);
      assertThat(written.stream()
              .filter(line -> !released.contains(line))
              .collect(Collectors.toList()))
          .isNotEmpty()
          .allMatch(line -> line.startsWith("  index c peatmoss_sdk_ix_"));
    }
  }

  @Test
  void grantTable_isCreatedUnderItsReservedName() throws Exception {
    try (Handle c = memory()) {
      Schema.createR1(c);
      Schema.upgradeToR2(c);
      assertThat(Schema.tables(c)).contains("grant", "model_to_grant");
    }
  }

  private static Handle memory() {
    return Jdbi.open("jdbc:sqlite::memory:");
  }

  static List<String> facts(String name) throws IOException {
    try (InputStream in = SchemaFactsTest.class.getResourceAsStream("/schema/" + name)) {
      return Arrays.stream(new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n"))
          .filter(line -> !line.isEmpty() && !line.startsWith("#"))
          .collect(Collectors.toList());
    }
  }
}

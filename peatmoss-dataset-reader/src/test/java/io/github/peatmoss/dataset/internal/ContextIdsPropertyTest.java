package io.github.peatmoss.dataset.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Laws of the value encodings: any model name survives {@code model.context_id}'s INTEGER affinity exactly,
 * and a lookup by the name finds only its own row; stored timestamps read back as the instant written.
 */
class ContextIdsPropertyTest {
  private static Connection connection;

  @BeforeContainer
  static void createTable() throws SQLException {
    connection = DriverManager.getConnection("jdbc:sqlite::memory:");
    try (Statement s = connection.createStatement()) {
      s.executeUpdate(
          "CREATE TABLE model (id INTEGER NOT NULL, context_id INTEGER, PRIMARY KEY (id),"
              + " UNIQUE (context_id))");
    }
  }

  @AfterContainer
  static void close() throws SQLException {
    connection.close();
  }

  @Provide
  Arbitrary<String> names() {
    Arbitrary<String> numeric =
        Arbitraries.strings().withChars("0123456789").ofMinLength(1).ofMaxLength(25);
    Arbitrary<String> numberLike = Arbitraries.strings()
        .withChars("0123456789.eE")
        .ofMinLength(1)
        .ofMaxLength(12)
        .filter(s -> Character.isDigit(s.charAt(0)) && Character.isDigit(s.charAt(s.length() - 1)));
    Arbitrary<String> words =
        Arbitraries.strings().withChars("abcxyz0123456789_.-").ofMinLength(1).ofMaxLength(20);
    return Arbitraries.oneOf(numeric, numberLike, words);
  }

  @Property(tries = 500)
  void contextId_roundTripsExactlyThroughIntegerAffinity(@ForAll("names") String name)
      throws SQLException {
    try (Statement s = connection.createStatement()) {
      s.executeUpdate("DELETE FROM model");
    }
    try (PreparedStatement insert =
        connection.prepareStatement("INSERT INTO model (context_id) VALUES (?)")) {
      Object value = ContextIds.bindValue(name);
      if (value instanceof byte[]) {
        insert.setBytes(1, (byte[]) value);
      } else {
        insert.setString(1, (String) value);
      }
      insert.executeUpdate();
    }
    try (PreparedStatement find =
        connection.prepareStatement("SELECT context_id FROM model WHERE context_id = ?")) {
      Object value = ContextIds.bindValue(name);
      if (value instanceof byte[]) {
        find.setBytes(1, (byte[]) value);
      } else {
        find.setString(1, (String) value);
      }
      try (ResultSet rows = find.executeQuery()) {
        assertThat(rows.next()).isTrue();
        assertThat(ContextIds.text(rows.getObject(1))).isEqualTo(name);
      }
    }
  }

  @Property
  void timestamps_readBackTheInstantWritten(@ForAll("instants") Instant instant) {
    assertThat(Timestamps.parse(Timestamps.format(instant))).hasValue(instant);
  }

  @Provide
  Arbitrary<Instant> instants() {
    return Arbitraries.longs()
        .between(0L, 4_102_444_800L)
        .map(Instant::ofEpochSecond)
        .filter(i -> !Timestamps.format(i).startsWith(Timestamps.HUB_PLACEHOLDER));
  }
}

package io.github.peatmoss.dataset;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jdbi.v3.core.statement.SqlStatement;

/**
 * A set of row ids for a set-based query: a {@code BETWEEN} range when the ids are dense (a scan in row order,
 * served by the primary-key index), an {@code IN} list otherwise. Rows the range brings in but the set does not
 * hold are filtered out by {@link #contains(long)}.
 */
final class Selection {
  private static final int DENSITY = 4;

  private final Set<Long> ids;
  private final long min;
  private final long max;
  private final boolean range;

  private Selection(Collection<Long> ids) {
    this.ids = new HashSet<>(ids);
    this.min = ids.stream().mapToLong(Long::longValue).min().orElse(0);
    this.max = ids.stream().mapToLong(Long::longValue).max().orElse(-1);
    this.range = !ids.isEmpty() && (max - min + 1) <= (long) DENSITY * this.ids.size();
  }

  static Selection of(Collection<Long> ids) {
    return new Selection(ids);
  }

  /** Returns the ids. */
  Set<Long> ids() {
    return ids;
  }

  boolean isEmpty() {
    return ids.isEmpty();
  }

  boolean contains(long id) {
    return ids.contains(id);
  }

  /** Returns the condition to put after the column, with positional parameters. */
  String clause() {
    if (ids.isEmpty()) {
      return "IN (NULL)";
    }
    if (range) {
      return "BETWEEN ? AND ?";
    }
    return ids.stream().map(id -> "?").collect(Collectors.joining(",", "IN (", ")"));
  }

  /** Binds the clause's parameters from position {@code start}; returns the next free position. */
  int bind(SqlStatement<?> statement, int start) {
    if (ids.isEmpty()) {
      return start;
    }
    if (range) {
      statement.bind(start, min);
      statement.bind(start + 1, max);
      return start + 2;
    }
    int position = start;
    for (Long id : List.copyOf(ids)) {
      statement.bind(position++, id);
    }
    return position;
  }
}

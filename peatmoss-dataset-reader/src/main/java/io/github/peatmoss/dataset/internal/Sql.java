package io.github.peatmoss.dataset.internal;

import org.jdbi.v3.core.locator.ClasspathSqlLocator;

/**
 * Where the SDK's SQL lives: in {@code .sql} resources, one statement (or one DDL script) per file, in a folder
 * named after the class that runs it, read with JDBI's {@link ClasspathSqlLocator} (comments removed, text
 * cached). {@code Sql.of(ModelUpserts.class, "insert-link")} is the resource {@code
 * io/github/peatmoss/dataset/ModelUpserts/insert-link.sql}. Thread-safe.
 */
public final class Sql {
  private static final ClasspathSqlLocator LOCATOR = ClasspathSqlLocator.removingComments();

  private Sql() {}

  /** Returns the SQL of resource {@code <owner's package>/<owner's simple name>/<name>.sql}. */
  public static String of(Class<?> owner, String name) {
    return LOCATOR.locate(owner, name);
  }
}

package io.github.peatmoss.dataset.internal;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jdbi.v3.core.locator.ClasspathSqlLocator;

/**
 * Where the SDK's SQL lives: in {@code .sql} resources, one statement (or one DDL script) per file, in a folder
 * named after the class that runs it, read with JDBI's {@link ClasspathSqlLocator} (comments removed, text
 * cached by resource and owner, since the locator rebuilds the resource path on every call). {@code Sql.of(ModelUpserts.class, "insert-link")} is the resource {@code
 * io/github/peatmoss/dataset/ModelUpserts/insert-link.sql}. Thread-safe.
 */
public final class Sql {
  private static final ClasspathSqlLocator LOCATOR = ClasspathSqlLocator.removingComments();
  private static final ClassValue<Map<String, String>> CACHE = new ClassValue<>() {
    @Override
    protected Map<String, String> computeValue(Class<?> owner) {
      return new ConcurrentHashMap<>();
    }
  };

  private Sql() {}

  /** Returns the SQL of resource {@code <owner's package>/<owner's simple name>/<name>.sql}. */
  public static String of(Class<?> owner, String name) {
    return CACHE.get(owner).computeIfAbsent(name, n -> LOCATOR.locate(owner, n));
  }
}

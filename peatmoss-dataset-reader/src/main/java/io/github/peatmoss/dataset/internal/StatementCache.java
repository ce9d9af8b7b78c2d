package io.github.peatmoss.dataset.internal;

import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.statement.DefaultStatementBuilder;
import org.jdbi.v3.core.statement.StatementBuilder;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * A JDBI {@link StatementBuilder} that keeps each prepared statement of one handle for the handle's life, so a
 * writer running the same SQL for every row prepares it once (SQLite's prepare costs more than binding and
 * stepping a small statement). JDBI hands a statement back through {@link #close(Connection, String,
 * Statement)} when the statement's context closes; a statement still in use (an open cursor) is never handed
 * out twice, a second user gets a fresh, uncached one. Statements that return generated keys or updatable
 * results are not cached, nor any beyond the first {@value #MAX_STATEMENTS} distinct ones. Closed with the handle. Not thread-safe, like the handle.
 */
final class StatementCache implements StatementBuilder {
  /** More distinct statements than a writer runs; SQL beyond it (unusual lists) is prepared per use. */
  private static final int MAX_STATEMENTS = 512;

  private final StatementBuilder fallback = new DefaultStatementBuilder();
  private final Map<String, PreparedStatement> idle = new HashMap<>();
  private final Map<String, PreparedStatement> cached = new HashMap<>();
  /** The statements handed out and not yet given back, with the SQL they were cached under. */
  private final Map<Statement, String> busy = new IdentityHashMap<>();

  @Override
  public Statement create(Connection conn, StatementContext ctx) throws SQLException {
    return fallback.create(conn, ctx);
  }

  @Override
  public PreparedStatement create(Connection conn, String sql, StatementContext ctx)
      throws SQLException {
    if (ctx.isReturningGeneratedKeys() || ctx.isConcurrentUpdatable()) {
      return fallback.create(conn, sql, ctx);
    }
    PreparedStatement statement = idle.remove(sql);
    if (statement != null) {
      busy.put(statement, sql);
      return statement;
    }
    if (cached.containsKey(sql) || cached.size() >= MAX_STATEMENTS) {
      return fallback.create(
          conn, sql, ctx); // the cached one is in use (an open cursor), or cache full
    }
    statement = conn.prepareStatement(sql, ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY);
    cached.put(sql, statement);
    busy.put(statement, sql);
    return statement;
  }

  @Override
  public CallableStatement createCall(Connection conn, String sql, StatementContext ctx)
      throws SQLException {
    return fallback.createCall(conn, sql, ctx);
  }

  /** Takes a statement back; JDBI passes the SQL before parsing here, so the key is the one it was made for. */
  @Override
  public void close(Connection conn, String sql, Statement stmt) throws SQLException {
    if (stmt == null) {
      return;
    }
    String key = busy.remove(stmt);
    if (key != null) {
      PreparedStatement statement = (PreparedStatement) stmt;
      statement.clearParameters();
      idle.put(key, statement);
    } else {
      fallback.close(conn, sql, stmt);
    }
  }

  @Override
  public void close(Connection conn) {
    List<PreparedStatement> all = new ArrayList<>(cached.values());
    cached.clear();
    idle.clear();
    busy.clear();
    for (PreparedStatement statement : all) {
      try {
        statement.close();
      } catch (SQLException e) {
        // closing the connection next releases it anyway
      }
    }
  }
}

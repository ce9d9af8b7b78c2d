/**
 * Reading and writing PeaTMOSS SQLite databases: {@link io.github.peatmoss.dataset.PeatmossDataset} reads the
 * published database (both schema generations, R1 and R2) as typed core values, {@link
 * io.github.peatmoss.dataset.PeatmossWriter} writes PeaTMOSS-compatible databases, and a bundled sample
 * dataset serves as a test fixture.
 *
 * <h2>How the database code is built</h2>
 *
 * <p>All SQL goes through JDBI, used as its documentation uses it. Each statement lives in a {@code .sql}
 * resource in a folder named after the class that runs it, read with JDBI's {@code ClasspathSqlLocator}
 * ({@code internal.Sql.of(ModelUpserts.class, "insert-link")} is {@code
 * io/github/peatmoss/dataset/ModelUpserts/insert-link.sql}); values are bound parameters ({@code :name}, lists
 * with {@code bindList}), and only table or column names fixed in code are JDBI defined attributes ({@code
 * <table>}). Rows are read with {@code RowMapper}s into records or core values, grouped with {@code reduceRows};
 * DDL runs as JDBI {@code Script}s ({@code internal/Schema/*.sql}).
 *
 * <p>The reader ({@code PeatmossDataset}, a facade) delegates to {@code ReadOnlyDatabase} (file checks, one
 * handle per call, streams completed in batches), {@code ModelReader}, {@code ReuseReader}, {@code
 * ActivityReader}, {@code MetadataReader} and {@code TableReader}. The writer ({@code PeatmossWriter}, a
 * facade whose {@code Batch} is one transaction) delegates to the shared plumbing {@code
 * internal.WritableDatabase} (one handle, {@code inTransaction}, failures as {@code DatasetException}), {@code
 * WriterRows} (statements, generated keys, {@code upsertRow}), {@code Lookups} (rows by natural key, cached),
 * {@code SetSync} (junction and child rows made exactly a value's, touching only the difference) and one upsert
 * class per area: {@code ModelUpserts}, {@code ActivityUpserts}, {@code GitHubUpserts}, {@code
 * MetadataUpserts}.
 *
 * <h2>Adding an upsert (GitHub mining, LLM extraction, ...)</h2>
 *
 * <ol>
 *   <li>Write its statements as {@code .sql} files in the folder of the upsert class of its area (or of a new
 *       {@code XUpserts} class taking {@code WriterRows}, {@code Lookups} and {@code SetSync}, built in {@code
 *       PeatmossWriter}'s constructor).
 *   <li>Implement it there: find the row by its natural key ({@code WriterRows.id(query)}), write it with {@code
 *       WriterRows.upsertRow}, refer to models and repositories through {@code Lookups.ensureModel}/{@code
 *       ensureRepository}, and make its children exactly the value's with {@code SetSync}. Keep it idempotent:
 *       writing the same value twice must leave the database unchanged.
 *   <li>Expose it as one {@code PeatmossWriter.Batch.upsertX} method that checks its arguments and calls {@code
 *       upsert("x " + key, () -> area.x(value))}; the batch supplies the transaction and the error handling.
 *   <li>Test it on a real SQLite file: written twice equals written once, and a reader returns it.
 * </ol>
 *
 * <p>A writer of tables of its own (like the snapshot store in {@code peatmoss-hf-snapshot}) opens the file with
 * {@code internal.WritableDatabase.open}, creates its tables with a {@code Script} of {@code CREATE TABLE IF NOT
 * EXISTS}, and writes each unit of work in {@code WritableDatabase.useTransaction}.
 */
@PeatmossStyle
package io.github.peatmoss.dataset;

import io.github.peatmoss.core.internal.PeatmossStyle;

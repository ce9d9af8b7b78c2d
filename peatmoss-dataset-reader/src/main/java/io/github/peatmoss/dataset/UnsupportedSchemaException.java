package io.github.peatmoss.dataset;

import java.util.Objects;

/**
 * The data asked for does not exist in this database's schema generation, for example LLM-extracted
 * metadata or repository licenses (R2 only) asked of an R1 file.
 */
public final class UnsupportedSchemaException extends DatasetException {
  private static final long serialVersionUID = 1L;

  private final SchemaVersion required;
  private final SchemaVersion actual;

  /** Creates an exception saying that {@code what} needs {@code required} but the file is {@code actual}. */
  public UnsupportedSchemaException(String what, SchemaVersion required, SchemaVersion actual) {
    super(
        Objects.requireNonNull(what, "what == null") + " exists only in PeaTMOSS " + required
            + " databases, and this file is " + actual + "; open the " + required
            + " release (the 2024 PeaTMOSS.db with LLM-extracted metadata) or a file written by PeatmossWriter");
    this.required = required;
    this.actual = actual;
  }

  /** Returns the schema generation the data needs. */
  public SchemaVersion required() {
    return required;
  }

  /** Returns the schema generation of the file. */
  public SchemaVersion actual() {
    return actual;
  }
}

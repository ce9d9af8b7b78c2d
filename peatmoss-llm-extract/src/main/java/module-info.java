/**
 * Model-card metadata extraction: deterministic stage, then schema- and evidence-checked LLM answers.
 *
 * <p>Exports only public API packages; {@code .internal} packages are exported to the SDK modules that use
 * them and nowhere else. A new public package must be added here.
 */
module io.github.peatmoss.llm {
  requires transitive io.github.peatmoss.core;
  requires transitive io.github.peatmoss.http;
  requires io.github.peatmoss.hf;
  requires io.github.peatmoss.licenses;
  requires jtokkit;
  requires com.networknt.schema;
  requires org.jdbi.v3.core;
  requires io.leangen.geantyref;
  requires java.sql;
  requires org.xerial.sqlitejdbc;
  requires org.slf4j;
  requires com.fasterxml.jackson.datatype.jdk8;
  requires com.fasterxml.jackson.datatype.jsr310;
  requires static com.google.errorprone.annotations;
  // Immutables: compile-time annotations only, not needed by users at compile or run time.
  requires static org.immutables.value;

  exports io.github.peatmoss.llm;

  opens io.github.peatmoss.llm to
      com.fasterxml.jackson.databind;
  opens io.github.peatmoss.llm.internal to
      com.fasterxml.jackson.databind;
  opens io.github.peatmoss.llm.internal.wire to
      com.fasterxml.jackson.databind;
  // Resource folders read through a ClassLoader (JDBI's ClasspathSqlLocator).
  opens io.github.peatmoss.llm.ExtractionCache;
}

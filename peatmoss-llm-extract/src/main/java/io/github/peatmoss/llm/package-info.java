/** Extraction of structured metadata from model cards. Not yet implemented: no issue has asked for it so far. */
package io.github.peatmoss.llm;

/**
 * Extraction of PeaTMOSS metadata from model cards. {@link io.github.peatmoss.llm.CardExtractor} is the
 * deterministic stage (front matter, hub tags, patterns in the body), every value with provenance and evidence;
 * {@link io.github.peatmoss.llm.ExtractionJson} renders a result as the CLI's JSON (one key per
 * {@link io.github.peatmoss.llm.PeatmossField}).
 */
@PeatmossStyle
package io.github.peatmoss.llm;

import io.github.peatmoss.core.internal.PeatmossStyle;

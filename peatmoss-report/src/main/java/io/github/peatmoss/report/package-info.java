/**
 * The PeaTMOSS paper's analyses computed from any PeaTMOSS database: {@link PeatmossReport} runs them (each
 * aggregation is one SQL statement run through the dataset reader), {@link Report} holds one typed {@link
 * ReportSection} per analysis (or a {@link SkippedSection} saying which schema it needs), {@link TextReport}
 * prints aligned tables and {@link HtmlReport} writes a self-contained HTML page with charts.
 */
@PeatmossStyle
package io.github.peatmoss.report;

import io.github.peatmoss.core.internal.PeatmossStyle;

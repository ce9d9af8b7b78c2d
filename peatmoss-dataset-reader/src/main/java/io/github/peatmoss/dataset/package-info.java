/**
 * Reading and writing PeaTMOSS SQLite databases: {@link io.github.peatmoss.dataset.PeatmossDataset} reads the
 * published database (both schema generations, R1 and R2) as typed core values, {@link
 * io.github.peatmoss.dataset.PeatmossWriter} writes PeaTMOSS-compatible databases, and a bundled sample
 * dataset serves as a test fixture.
 */
@PeatmossStyle
package io.github.peatmoss.dataset;

import io.github.peatmoss.core.internal.PeatmossStyle;

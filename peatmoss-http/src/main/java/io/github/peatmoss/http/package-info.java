/**
 * Options shared by the PeaTMOSS HTTP clients ({@link io.github.peatmoss.http.RetryOptions}). The plumbing
 * itself lives in {@code io.github.peatmoss.http.internal}, which carries no compatibility promise.
 */
@PeatmossStyle
package io.github.peatmoss.http;

import io.github.peatmoss.core.internal.PeatmossStyle;

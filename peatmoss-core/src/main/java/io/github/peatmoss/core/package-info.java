/**
 * Paging ({@link io.github.peatmoss.core.PagedIterable}) and the hub-client service-provider interface
 * ({@link io.github.peatmoss.core.ModelHubClient}) shared by every PeaTMOSS module.
 */
@PeatmossStyle
package io.github.peatmoss.core;

import io.github.peatmoss.core.internal.PeatmossStyle;

/** Internals of peatmoss-core shared with the other PeaTMOSS modules; no compatibility promise. */
package io.github.peatmoss.core.internal;

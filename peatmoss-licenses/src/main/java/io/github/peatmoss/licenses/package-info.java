/** SPDX expressions, license normalisation and compatibility. */
package io.github.peatmoss.licenses;

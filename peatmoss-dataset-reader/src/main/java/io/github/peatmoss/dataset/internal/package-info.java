/**
 * Implementation of the dataset module: schema scripts, file checks, value encodings and the data generators.
 * No compatibility promise; do not use from outside the SDK.
 */
package io.github.peatmoss.dataset.internal;

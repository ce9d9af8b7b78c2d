/** Test support: the bundled PeaTMOSS sample dataset as a JUnit 5 fixture. */
package io.github.peatmoss.dataset.testing;

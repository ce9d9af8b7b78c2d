/** Reading and writing PeaTMOSS SQLite databases. */
package io.github.peatmoss.dataset;

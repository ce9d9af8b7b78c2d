/** Shared HTTP plumbing for the PeaTMOSS clients. */
package io.github.peatmoss.http;

/** GitHub client for finding repositories that reuse pre-trained models. Not yet implemented: no issue has asked for it so far. */
package io.github.peatmoss.github;

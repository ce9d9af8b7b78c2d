package io.github.peatmoss.http.internal;

import java.util.function.Predicate;
import okhttp3.Response;

/**
 * Marks a request that is safe to send again although it is not a GET (for example a language-model completion,
 * which has no side effects) and says which error answers are worth retrying; attach it with {@code
 * Request.Builder.tag(RetryRule.class, rule)}. Waits still honour {@code Retry-After} and rate-limit resets.
 *
 * @param retryable whether an error answer may succeed when sent again (a 429 "quota exhausted" may not)
 */
public record RetryRule(Predicate<Response> retryable) {
  /** Returns whether {@code response} is worth sending again. */
  public boolean isRetryable(Response response) {
    return retryable.test(response);
  }
}

package io.github.peatmoss.hf;

import io.github.peatmoss.core.exception.AuthenticationException;
import io.github.peatmoss.core.exception.PeatmossServiceException;
import io.github.peatmoss.http.internal.ServiceError;
import io.github.peatmoss.http.internal.ServiceErrorMapper;
import io.github.peatmoss.http.internal.ServiceErrors;
import java.util.regex.Pattern;

/**
 * Maps Hub error answers by {@code X-Error-Code} and {@code X-Error-Message}, as the Hub's own client does: a
 * 401 on a repository URL means "not found or not visible" unless the token itself was refused.
 */
final class HubErrors implements ServiceErrorMapper {
  static final HubErrors INSTANCE = new HubErrors();

  private static final Pattern REPO_PATH = Pattern.compile(
      "^/(api/(models|datasets|spaces)/.+|(datasets/|spaces/)?[^/]+/[^/]+/resolve/.+)$");
  private static final String INVALID_CREDENTIALS = "Invalid credentials in Authorization header";
  private static final String DISABLED = "Access to this resource is disabled.";

  private HubErrors() {}

  @Override
  public PeatmossServiceException toException(ServiceError e) {
    String code = e.header("X-Error-Code").orElse("");
    String message = e.header("X-Error-Message").orElse(e.serviceMessage().orElse(""));
    int status = e.statusCode();
    String requestId = e.requestId().orElse(null);
    String serviceMessage = e.serviceMessage().orElse(null);
    switch (code) {
      case "RevisionNotFound" -> {
        return new HfRevisionNotFoundException(
            e.describe("Check the branch, tag or commit"), status, requestId, serviceMessage);
      }
      case "EntryNotFound" -> {
        return new HfEntryNotFoundException(
            e.describe("Check the file path and revision"), status, requestId, serviceMessage);
      }
      case "GatedRepo" -> {
        return new HfGatedRepositoryException(
            e.describe("Ask for access on the model page, then set HF_TOKEN to"
                + " a token of that account"),
            status,
            requestId,
            serviceMessage);
      }
      case "RepoNotFound" -> {
        return repoNotFound(e);
      }
      default -> {
        // not one of the Hub's codes: decided by status and message below
      }
    }
    if (status == 403 && message.equals(DISABLED)) {
      return new HfDisabledRepositoryException(
          e.describe("The repository is disabled on the Hub; skip it"),
          status,
          requestId,
          serviceMessage);
    }
    if (status == 401 && message.equals(INVALID_CREDENTIALS)) {
      return new AuthenticationException(
          e.describe("The token was refused; check HF_TOKEN"), status, requestId, serviceMessage);
    }
    if (status == 401 && REPO_PATH.matcher(e.path()).matches()) {
      return repoNotFound(e);
    }
    if (status == 401) {
      return new AuthenticationException(
          e.describe("Set HF_TOKEN to a valid token"), status, requestId, serviceMessage);
    }
    return ServiceErrors.byStatus(e);
  }

  private static HfRepositoryNotFoundException repoNotFound(ServiceError e) {
    return new HfRepositoryNotFoundException(
        e.describe("Check the repository id; private and gated repositories" + " need HF_TOKEN"),
        e.statusCode(),
        e.requestId().orElse(null),
        e.serviceMessage().orElse(null));
  }
}

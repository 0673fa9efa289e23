package com.example.orders.adapters.http.job;

import static io.javalin.http.HandlerType.GET;

import com.example.orders.adapters.http.ApiRoutes;
import com.example.orders.adapters.http.auth.Access;
import com.example.orders.adapters.http.auth.Principal;
import com.example.orders.adapters.http.auth.SecuredRoute;
import com.example.orders.adapters.http.problem.FieldError;
import com.example.orders.adapters.http.problem.ProblemException;
import com.example.orders.adapters.http.problem.RequestProblem;
import com.example.orders.application.job.GetJob;
import com.example.orders.application.job.JobResult;
import io.javalin.http.Context;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * {@code /api/v1/jobs/{id}}: how one of the caller's jobs stands, and ({@code .../result}) its
 * result once it succeeded. The tenant comes from the token, so another tenant's job is simply
 * not found; any caller of the tenant with the read scope may see it.
 */
public final class JobRoutes implements ApiRoutes {

  private static final String JOB = JobResponse.JOBS + "/{id}";

  private final GetJob getJob;

  public JobRoutes(GetJob getJob) {
    this.getJob = getJob;
  }

  @Override
  public List<SecuredRoute> routes() {
    return List.of(
        new SecuredRoute(GET, JOB, Access.READ, this::get),
        new SecuredRoute(GET, JOB + "/result", Access.READ, this::result));
  }

  private void get(Context ctx, Principal caller) {
    ctx.json(JobResponse.of(getJob.get(caller.tenant(), jobId(ctx))));
  }

  private void result(Context ctx, Principal caller) {
    JobResult result = getJob.result(caller.tenant(), jobId(ctx));
    ctx.contentType(result.mediaType()).result(result.content());
  }

  private static UUID jobId(Context ctx) {
    String text = ctx.pathParam("id");
    try {
      UUID id = UUID.fromString(text);
      if (id.toString().equals(text.toLowerCase(Locale.ROOT))) {
        return id;
      }
    } catch (IllegalArgumentException notAnId) {
      // refused below
    }
    String message = "a job id is a UUID";
    throw new ProblemException(RequestProblem.INVALID_PARAMETER, message,
        List.of(new FieldError("id", "job.id-invalid", message)));
  }
}

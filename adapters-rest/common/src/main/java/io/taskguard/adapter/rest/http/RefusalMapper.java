package io.taskguard.adapter.rest.http;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;

/** Answers a {@link Refusal} with its status and body, in the dialect it names. */
public class RefusalMapper implements ExceptionMapper<Refusal> {

  @Override
  public Response toResponse(Refusal refusal) {
    return refusal.dialect().answer(refusal.status(), refusal.getMessage(), refusal.code()).build();
  }
}

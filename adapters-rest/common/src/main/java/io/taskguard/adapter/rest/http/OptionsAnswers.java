package io.taskguard.adapter.rest.http;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

/**
 * JAX-RS answers an {@code OPTIONS} request with 200 and the {@code Allow} list repeated as a
 * {@code text/plain} body. This keeps the {@code Allow} header and drops the body: 204, so no API
 * answers in anything but JSON or nothing at all. (A CORS preflight from a listed origin never gets
 * here: the CORS filter answers it.)
 */
public class OptionsAnswers implements ContainerResponseFilter {

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    if (!HttpMethod.OPTIONS.equals(request.getMethod())
        || response.getStatus() != Response.Status.OK.getStatusCode()) {
      return;
    }
    response.setEntity(null);
    response.getHeaders().remove(HttpHeaders.CONTENT_TYPE);
    response.setStatus(Response.Status.NO_CONTENT.getStatusCode());
  }
}

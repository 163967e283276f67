package io.taskguard.adapter.rest.task;

import io.taskguard.adapter.rest.json.JsonFactories;
import jakarta.json.stream.JsonGenerator;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyWriter;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Writes a {@link TaskResponse}, or a list of them, straight to the response with one JSON-P
 * generator, for output byte for byte the same as JSON-B's, without JSON-B's per-object work
 * (reading each field by reflection, and a recursion guard that hashes every record it writes).
 */
@Produces(MediaType.APPLICATION_JSON)
public final class TaskResponseWriter implements MessageBodyWriter<Object> {

  @Override
  public boolean isWriteable(
      Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
    return type == TaskResponse.class || isListOfTasks(type, genericType);
  }

  private static boolean isListOfTasks(Class<?> type, Type genericType) {
    return List.class.isAssignableFrom(type)
        && genericType instanceof ParameterizedType list
        && list.getActualTypeArguments().length == 1
        && list.getActualTypeArguments()[0] == TaskResponse.class;
  }

  @Override
  public void writeTo(
      Object entity,
      Class<?> type,
      Type genericType,
      Annotation[] annotations,
      MediaType mediaType,
      MultivaluedMap<String, Object> httpHeaders,
      OutputStream entityStream)
      throws IOException {
    try (JsonGenerator json =
        JsonFactories.GENERATORS.createGenerator(
            new KeptOpen(entityStream), StandardCharsets.UTF_8)) {
      if (entity instanceof TaskResponse task) {
        task.write(json);
      } else {
        json.writeStartArray();
        for (Object task : (List<?>) entity) {
          ((TaskResponse) task).write(json);
        }
        json.writeEnd();
      }
    }
  }

  /**
   * The response stream, neither flushed nor closed when the generator closes (closing the
   * generator returns its buffer for reuse): the JAX-RS runtime owns the stream, and a flush here
   * would commit the response early, so that the container sent it chunked instead of with a {@code
   * Content-Length}.
   */
  private static final class KeptOpen extends FilterOutputStream {

    KeptOpen(OutputStream out) {
      super(out);
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
      out.write(bytes, offset, length);
    }

    @Override
    public void flush() {
      // the container flushes once the response is complete
    }

    @Override
    public void close() {
      // the JAX-RS runtime closes the response stream
    }
  }
}

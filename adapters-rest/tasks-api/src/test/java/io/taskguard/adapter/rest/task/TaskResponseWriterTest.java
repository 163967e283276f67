package io.taskguard.adapter.rest.task;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ws.rs.core.GenericEntity;
import jakarta.ws.rs.core.MediaType;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TaskResponseWriterTest {

  private final TaskResponseWriter writer = new TaskResponseWriter();

  private final TaskResponse milk =
      new TaskResponse(
          42,
          "0f8d5b0e-7f3a-4c1e-9a57-2b1f6c8e4d21",
          "Buy \"milk\" \\ \u00e9\u00e8 \u05e9\u05dc\u05d5\u05dd\n\u0001",
          "Two litres",
          true,
          "2026-11-24T10:14:08.911123Z",
          "2026-11-24T10:15:00.000000Z",
          "2026-12-01");

  private final TaskResponse bare =
      new TaskResponse(
          7,
          "u",
          "t",
          null,
          false,
          "2026-01-01T00:00:00.000000Z",
          "2026-01-01T00:00:00.000000Z",
          null);

  private static final String MILK =
      "{\"id\":42,\"user_id\":\"0f8d5b0e-7f3a-4c1e-9a57-2b1f6c8e4d21\","
          + "\"title\":\"Buy \\\"milk\\\" \\\\ \u00e9\u00e8 \u05e9\u05dc\u05d5\u05dd\\n\\u0001\","
          + "\"description\":\"Two litres\",\"completed\":true,"
          + "\"created_at\":\"2026-11-24T10:14:08.911123Z\","
          + "\"updated_at\":\"2026-11-24T10:15:00.000000Z\",\"due_date\":\"2026-12-01\"}";

  private static final String BARE =
      "{\"id\":7,\"user_id\":\"u\",\"title\":\"t\",\"description\":null,\"completed\":false,"
          + "\"created_at\":\"2026-01-01T00:00:00.000000Z\","
          + "\"updated_at\":\"2026-01-01T00:00:00.000000Z\",\"due_date\":null}";

  @Test
  void writesOneTaskWithTheContractsNamesInOrderAsUtf8() throws IOException {
    assertEquals(MILK, written(milk, TaskResponse.class));
    assertEquals(BARE, written(bare, TaskResponse.class));
  }

  @Test
  void writesAListAsAnArrayAndAnEmptyListAsAnEmptyArray() throws IOException {
    Type listOfTasks = new GenericEntity<List<TaskResponse>>(List.of()) {}.getType();
    assertEquals("[" + MILK + "," + BARE + "]", written(List.of(milk, bare), listOfTasks));
    assertEquals("[]", written(List.of(), listOfTasks));
  }

  @Test
  void takesOnlyTasksAndListsOfTasks() {
    Type listOfTasks = new GenericEntity<List<TaskResponse>>(List.of()) {}.getType();
    Type listOfStrings = new GenericEntity<List<String>>(List.of()) {}.getType();
    assertTrue(writeable(TaskResponse.class, TaskResponse.class));
    assertTrue(writeable(List.class, listOfTasks));
    assertFalse(writeable(List.class, listOfStrings));
    assertFalse(writeable(List.class, List.class));
    assertFalse(writeable(Set.class, Set.class));
    assertFalse(writeable(String.class, String.class));
  }

  @Test
  void neitherFlushesNorClosesTheResponseStream() throws IOException {
    boolean[] closed = {false};
    boolean[] flushed = {false};
    ByteArrayOutputStream out =
        new ByteArrayOutputStream() {
          @Override
          public void close() {
            closed[0] = true;
          }

          @Override
          public void flush() {
            flushed[0] = true;
          }
        };
    writer.writeTo(
        bare,
        TaskResponse.class,
        TaskResponse.class,
        new Annotation[0],
        MediaType.APPLICATION_JSON_TYPE,
        null,
        out);
    assertFalse(closed[0]);
    assertFalse(
        flushed[0], "a flush would commit the response early, and the container sent it chunked");
    assertEquals(BARE, out.toString(StandardCharsets.UTF_8));
  }

  private boolean writeable(Class<?> type, Type genericType) {
    return writer.isWriteable(
        type, genericType, new Annotation[0], MediaType.APPLICATION_JSON_TYPE);
  }

  private String written(Object entity, Type genericType) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    writer.writeTo(
        entity,
        entity.getClass(),
        genericType,
        new Annotation[0],
        MediaType.APPLICATION_JSON_TYPE,
        null,
        out);
    return out.toString(StandardCharsets.UTF_8);
  }
}

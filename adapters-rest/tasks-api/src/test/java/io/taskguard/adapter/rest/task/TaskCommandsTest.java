package io.taskguard.adapter.rest.task;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.taskguard.application.port.in.CreateTaskUseCase;
import io.taskguard.application.port.in.ExpectedVersion;
import io.taskguard.application.port.in.FieldPatch;
import io.taskguard.application.port.in.ReplaceTaskUseCase;
import io.taskguard.application.port.in.UpdateTaskUseCase;
import io.taskguard.domain.policy.OwnedTasks;
import io.taskguard.domain.policy.OwnershipPolicy;
import io.taskguard.domain.user.UserId;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class TaskCommandsTest {

  private final UserId caller = UserId.random();
  private final OwnedTasks mine = OwnershipPolicy.collectionOf(caller, caller.value());

  @BeforeAll
  static void needsJsonProcessing() {
    JsonProcessing.assumeAvailable();
  }

  private static JsonObject json(String text) {
    return Json.createReader(new StringReader(text.replace('\'', '"'))).readObject();
  }

  private CreateTaskUseCase.Command create(String text) {
    return TaskCommands.create(json(text), mine);
  }

  private ReplaceTaskUseCase.Command replace(String text) {
    return TaskCommands.replace(json(text), mine, 42, ExpectedVersion.of(3));
  }

  private UpdateTaskUseCase.Command update(String text) {
    return TaskCommands.update(json(text), mine, 42, ExpectedVersion.any());
  }

  private static void assertRefused(String detail, Function<String, ?> parse, String text) {
    TaskErrors.BadTaskRequest refused =
        assertThrows(TaskErrors.BadTaskRequest.class, () -> parse.apply(text));
    assertEquals(detail, refused.getMessage(), text);
  }

  @Test
  void createTakesTheTitleAndAnOptionalDescriptionAndIgnoresTheRest() {
    assertEquals(
        new CreateTaskUseCase.Command(mine, " Buy milk ", "Two litres"),
        create("{'title': ' Buy milk ', 'description': 'Two litres', 'completed': true, 'id': 9}"));
    assertNull(create("{'title': 'x'}").description());
    assertNull(create("{'title': 'x', 'description': null}").description());
  }

  @Test
  void createRefusesAMissingNullOrMistypedField() {
    assertRefused("Field 'title' is required", this::create, "{'description': 'd'}");
    assertRefused("Field 'title' cannot be null", this::create, "{'title': null}");
    assertRefused("Field 'title' must be a string", this::create, "{'title': 42}");
    assertRefused("Field 'title' must be a string", this::create, "{'title': ['x']}");
    assertRefused(
        "Field 'description' must be a string or null",
        this::create,
        "{'title': 'x', 'description': false}");
    assertRefused(
        "Field 'title' must not contain U+0000 or unpaired surrogates",
        this::create,
        "{'title': 'a\\u0000b'}");
    assertRefused(
        "Field 'description' must not contain U+0000 or unpaired surrogates",
        this::create,
        "{'title': 'x', 'description': '\\ud800'}");
  }

  @Test
  void replaceNeedsTitleAndCompletedAndAnAbsentDescriptionIsNull() {
    assertEquals(
        new ReplaceTaskUseCase.Command(mine, 42, "t", null, true, ExpectedVersion.of(3)),
        replace("{'title': 't', 'completed': true, 'user_id': 'someone-else'}"));
    assertEquals(
        "d", replace("{'title': 't', 'description': 'd', 'completed': false}").description());
    assertRefused("Field 'completed' is required", this::replace, "{'title': 't'}");
    assertRefused("Field 'title' is required", this::replace, "{'completed': true}");
    assertRefused(
        "Field 'completed' must be a boolean",
        this::replace,
        "{'title': 't', 'completed': 'true'}");
    assertRefused(
        "Field 'completed' must be a boolean", this::replace, "{'title': 't', 'completed': 1}");
    assertRefused(
        "Field 'completed' cannot be null", this::replace, "{'title': 't', 'completed': null}");
  }

  @Test
  void updateTellsAnAbsentDescriptionFromANullOne() {
    UpdateTaskUseCase.Command absent = update("{'completed': true}");
    UpdateTaskUseCase.Command cleared = update("{'description': null}");
    UpdateTaskUseCase.Command set = update("{'description': 'd', 'title': 't'}");

    assertEquals(FieldPatch.keep(), absent.description());
    assertEquals(Optional.of(true), absent.completed());
    assertEquals(FieldPatch.replaceWith(null), cleared.description());
    assertEquals(Optional.empty(), cleared.title());
    assertEquals(FieldPatch.replaceWith("d"), set.description());
    assertEquals(Optional.of("t"), set.title());
    assertTrue(update("{'unknown': 1}").changesNothing());
    assertFalse(cleared.changesNothing());
  }

  @Test
  void updateRefusesNullTitleOrCompletionAndWrongTypes() {
    assertRefused("Field 'title' cannot be null", this::update, "{'title': null}");
    assertRefused("Field 'completed' cannot be null", this::update, "{'completed': null}");
    assertRefused("Field 'completed' must be a boolean", this::update, "{'completed': 'yes'}");
    assertRefused("Field 'title' must be a string", this::update, "{'title': {}}");
    assertRefused(
        "Field 'description' must be a string or null", this::update, "{'description': 5}");
  }
}

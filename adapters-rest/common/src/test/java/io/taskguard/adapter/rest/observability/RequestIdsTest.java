package io.taskguard.adapter.rest.observability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class RequestIdsTest {

  @ParameterizedTest
  @ValueSource(strings = {"12345678", "lb.req:42_x-y", "0123456789abcdef0123456789abcdef"})
  void aWellFormedIdIsKept(String incoming) {
    assertEquals(incoming, RequestIds.adopt(incoming));
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"1234567", "with space1", "new\nline-12", "quote\"12345", "ü-12345678"})
  void anythingElseIsReplacedByAUuid(String incoming) {
    String adopted = RequestIds.adopt(incoming);
    assertNotEquals(incoming, adopted);
    assertEquals(adopted, UUID.fromString(adopted).toString());
  }

  @Test
  void theLengthIsBounded() {
    assertTrue(RequestIds.isWellFormed("a".repeat(128)));
    assertTrue(!RequestIds.isWellFormed("a".repeat(129)));
  }
}

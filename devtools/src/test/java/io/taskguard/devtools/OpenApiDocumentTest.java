package io.taskguard.devtools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OpenApiDocumentTest {

  static final Path CONTRACTS = Path.of("../specs/contracts");

  @Test
  void everyContractPathAppearsUnderItsServerUrlInItsGroup() throws Exception {
    Map<String, Object> merged = OpenApiDocument.merge(CONTRACTS);
    Map<String, Object> paths = OpenApiDocument.map(merged.get("paths"));
    int expected = 0;
    for (String group : OpenApiDocument.ORDER) {
      Map<String, Object> contract =
          OpenApiDocument.load(CONTRACTS.resolve(OpenApiDocument.GROUPS.get(group)));
      expected += OpenApiDocument.map(contract.get("paths")).size();
    }
    assertEquals(expected, paths.size());
    assertTrue(paths.containsKey("/api/users/{user_id}/tasks/{task_id}"), paths::toString);
    assertTrue(paths.containsKey("/api/operator/keys/rotate"), paths::toString);
    assertTrue(paths.containsKey("/api/auth/sign-up/email"), paths::toString);
    Map<String, Object> list =
        OpenApiDocument.map(
            OpenApiDocument.map(paths.get("/api/users/{user_id}/tasks")).get("get"));
    assertEquals(List.of("tasks"), list.get("tags"));
    assertEquals(List.of(Map.of("bearerJwt", List.of())), list.get("security"));
  }

  @Test
  void aComponentTwoContractsDefineDifferentlyFailsTheBuild(@TempDir Path dir) throws Exception {
    for (String group : OpenApiDocument.ORDER) {
      String schema = group.equals("tasks") ? "{type: integer}" : "{type: string}";
      Files.writeString(
          dir.resolve(OpenApiDocument.GROUPS.get(group)),
          "openapi: 3.0.3\ninfo: {title: t, version: '1', description: d}\npaths: {}\n"
              + "components: {schemas: {Shared: "
              + schema
              + "}}\n");
    }
    IllegalStateException failure =
        assertThrows(IllegalStateException.class, () -> OpenApiDocument.merge(dir));
    assertEquals("components/schemas/Shared differs between contracts", failure.getMessage());
  }
}

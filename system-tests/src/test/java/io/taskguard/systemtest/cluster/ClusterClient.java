package io.taskguard.systemtest.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.taskguard.testsupport.AuthApi;
import io.taskguard.testsupport.AuthTables;
import io.taskguard.testsupport.HttpResult;
import io.taskguard.testsupport.TaskApi;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One person's client in the cluster's load, always through the load balancer: in every ten
 * requests a sign-in, a new JWT from {@code /token}, four lists, two creations, two updates and a
 * deletion, with the session and JWT the last sign-in and {@code /token} gave. It keeps what the
 * servers acknowledged (a creation's 201, an update's 200, a deletion's 204) and what stayed
 * uncertain (no answer, or a 503 that may have come after the commit), so that the database can be
 * checked afterwards: every acknowledged task is there with its acknowledged title, every
 * acknowledged deletion is gone, and nothing else exists but creations that got no answer. Used by
 * one load thread at a time.
 */
final class ClusterClient {

  private final AuthApi auth;
  private final TaskApi http;
  private final AuthApi.Account account;
  private String session;
  private String jwt;
  private final List<Long> live = new ArrayList<>();
  private final Map<Long, String> acknowledged = new HashMap<>();
  private final Set<Long> deleted = new HashSet<>();
  private final Set<Long> uncertain = new HashSet<>();
  private final Set<String> unansweredCreations = new HashSet<>();

  ClusterClient(AuthApi auth, AuthApi.Account account) {
    this.auth = auth;
    this.http = auth.http();
    this.account = account;
    this.session = account.sessionToken();
    this.jwt = account.jwt();
  }

  static boolean isAuthApi(int seq) {
    return seq % 10 <= 1;
  }

  static boolean isWrite(int seq) {
    int step = seq % 10;
    return step == 3 || step == 6;
  }

  HttpResult next(int seq) {
    return switch (seq % 10) {
      case 0 -> signIn();
      case 1 -> token();
      case 3, 6 -> create(seq);
      case 4, 9 -> live.isEmpty() ? list() : update(seq);
      case 7 -> live.isEmpty() ? list() : delete();
      default -> list();
    };
  }

  private HttpResult signIn() {
    HttpResult answer = auth.signIn(account.email(), account.password(), null);
    if (answer.status() == 200) {
      session = answer.object().getString("token");
      jwt = answer.header("set-auth-jwt").orElse(jwt);
    }
    return answer;
  }

  private HttpResult token() {
    HttpResult answer = auth.token(session);
    if (answer.status() == 200) {
      jwt = answer.object().getString("token");
    }
    return answer;
  }

  private HttpResult list() {
    HttpResult answer = http.get(TaskApi.tasks(account.id()) + "?limit=20", jwt);
    if (answer.status() == 200) {
      assertTrue(answer.array().size() <= 20, answer::toString);
    }
    return answer;
  }

  private HttpResult create(int seq) {
    String title = title(seq);
    HttpResult answer = null;
    try {
      answer = http.post(TaskApi.tasks(account.id()), jwt, AuthApi.json(Map.of("title", title)));
      return answer;
    } finally {
      if (answer != null && answer.status() == 201) {
        long id = answer.object().getJsonNumber("id").longValue();
        live.add(id);
        acknowledged.put(id, title);
      } else {
        unansweredCreations.add(title);
      }
    }
  }

  private HttpResult update(int seq) {
    long id = live.get(seq % live.size());
    String title = title(seq);
    HttpResult answer = null;
    try {
      answer =
          http.patch(TaskApi.task(account.id(), id), jwt, AuthApi.json(Map.of("title", title)));
      return answer;
    } finally {
      if (answer != null && answer.status() == 200) {
        acknowledged.put(id, title);
      } else {
        live.remove(id);
        uncertain.add(id);
      }
    }
  }

  private HttpResult delete() {
    long id = live.remove(0);
    HttpResult answer = null;
    try {
      answer = http.delete(TaskApi.task(account.id(), id), jwt);
      return answer;
    } finally {
      if (answer != null && answer.status() == 204) {
        deleted.add(id);
      } else {
        uncertain.add(id);
      }
    }
  }

  private String title(int seq) {
    return "cluster " + account.id() + " #" + seq;
  }

  /** Checks the database against what every client saw acknowledged. */
  static void assertWritesKept(List<ClusterClient> clients, AuthTables primary) {
    for (ClusterClient client : clients) {
      Map<Long, String> stored = new HashMap<>();
      for (Map<String, Object> row :
          primary.rows("SELECT id, title FROM tasks WHERE user_id = ?", client.account.id())) {
        stored.put(((Number) row.get("id")).longValue(), (String) row.get("title"));
      }
      client.acknowledged.forEach(
          (id, title) -> {
            if (client.deleted.contains(id)) {
              assertTrue(
                  !stored.containsKey(id), () -> "deleted, acknowledged, still there: " + id);
            } else if (!client.uncertain.contains(id)) {
              assertEquals(title, stored.get(id), "task " + id + " as acknowledged");
            }
          });
      stored.forEach(
          (id, title) ->
              assertTrue(
                  client.acknowledged.containsKey(id) || client.unansweredCreations.contains(title),
                  () -> "a task nobody was told about: " + id + " " + title));
    }
  }

  /** Acknowledged writes so far, for the report. */
  static String summary(List<ClusterClient> clients) {
    int created = 0;
    int deletedCount = 0;
    int unsure = 0;
    for (ClusterClient client : clients) {
      created += client.acknowledged.size();
      deletedCount += client.deleted.size();
      unsure += client.uncertain.size() + client.unansweredCreations.size();
    }
    return created
        + " tasks acknowledged so far ("
        + deletedCount
        + " of them deleted), "
        + unsure
        + " writes without a clear answer";
  }
}

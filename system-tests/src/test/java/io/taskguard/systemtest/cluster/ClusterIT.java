package io.taskguard.systemtest.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.taskguard.testsupport.AuthApi;
import io.taskguard.testsupport.ExtraServer;
import io.taskguard.testsupport.HttpResult;
import io.taskguard.testsupport.OutageAnswers;
import io.taskguard.testsupport.RequestLoad;
import io.taskguard.testsupport.RequestLoad.Call;
import io.taskguard.testsupport.TaskApi;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer.OrderAnnotation;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Timeout;

/**
 * The documented production shape, on one machine: three packaged servers behind HAProxy with the
 * shipped configuration ({@code deploy/haproxy/haproxy.cfg}), on PostgreSQL with a synchronous hot
 * standby, under a mixed load of sign-ins, {@code /token}, lists, creations, updates and deletions
 * from several clients. Each part goes away in turn: one server is SIGKILLed and started again; all
 * three are restarted one after another with SIGTERM; the PostgreSQL primary is stopped and the
 * standby promoted. Every phase prints what it measured ({@code [cluster]} lines), and every write
 * a client saw acknowledged is checked on the primary of the moment afterwards. The servers run
 * with the defaults a user gets, and the settings {@code docs/deploy.md} names for a load balancer
 * and a standby.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(OrderAnnotation.class)
@Timeout(value = 15, unit = TimeUnit.MINUTES)
class ClusterIT {

  static final int SERVERS = 3;
  static final int CLIENTS = 6;

  /** From the standby's promotion to the first write acknowledged through the load balancer. */
  static final Duration FAILOVER_BOUND = Duration.ofSeconds(10);

  private StandbyPostgres postgres;
  private final List<ExtraServer> servers = new ArrayList<>();
  private LoadBalancer balancer;
  private final List<ClusterClient> clients = new ArrayList<>();

  @BeforeAll
  void startTheCluster() throws Exception {
    postgres = StandbyPostgres.start();
    int balancerPort = ExtraServer.freePort();
    Map<String, String> env = serverEnv("http://127.0.0.1:" + balancerPort);
    List<CompletableFuture<ExtraServer>> starting =
        IntStream.rangeClosed(1, SERVERS)
            .mapToObj(
                i ->
                    CompletableFuture.supplyAsync(
                        () -> ExtraServer.start("taskguard-cluster-" + i, env)))
            .toList();
    for (CompletableFuture<ExtraServer> server : starting) {
      servers.add(server.get(5, TimeUnit.MINUTES));
    }
    for (ExtraServer server : servers) {
      server.awaitStatus("/health/ready", 200, Duration.ofSeconds(180));
    }
    balancer =
        LoadBalancer.start(balancerPort, servers.stream().map(ExtraServer::httpPort).toList());
    for (int i = 1; i <= SERVERS; i++) {
      balancer.awaitUp("s" + i, Duration.ofSeconds(30));
    }
    AuthApi auth = new AuthApi(new TaskApi(balancer.baseUrl()));
    for (int i = 0; i < CLIENTS; i++) {
      clients.add(new ClusterClient(auth, auth.newAccount("Cluster" + i)));
    }
  }

  @AfterAll
  void stopTheCluster() throws Exception {
    if (balancer != null) {
      balancer.close();
    }
    for (ExtraServer server : servers) {
      try {
        server.close();
      } catch (RuntimeException e) {
        // a server a failed test left stopped
      }
    }
    if (postgres != null) {
      postgres.close();
    }
  }

  @Test
  @Order(1)
  void aKilledServerCostsOnlyTheRequestsThatWereOnIt() throws Exception {
    ExtraServer victim = servers.get(0);
    long killing;
    long killed;
    Duration ready;
    Duration back;
    List<Call> calls;
    try (RequestLoad load = RequestLoad.start(CLIENTS, this::send)) {
      Thread.sleep(3000);
      killing = System.nanoTime();
      victim.kill();
      killed = System.nanoTime();
      Thread.sleep(5000);
      victim.startAgain();
      ready = victim.awaitStatus("/health/ready", 200, Duration.ofSeconds(180));
      back = balancer.awaitUp("s1", Duration.ofSeconds(30));
      Thread.sleep(3000);
      calls = load.stop();
    }
    List<Call> failed = calls.stream().filter(c -> !c.succeeded()).toList();
    System.out.printf(
        "[cluster] SIGKILL of one of three servers under %d clients: %d requests, %d failed (all in"
            + " flight on it when it died: %s); ready %d ms after its restart, back in HAProxy %d ms"
            + " later; %s%n",
        CLIENTS,
        calls.size(),
        failed.size(),
        failed.stream()
            .map(c -> c.answer() == null ? c.failure() : Integer.toString(c.status()))
            .toList(),
        ready.toMillis(),
        back.toMillis(),
        ClusterClient.summary(clients));
    for (Call call : failed) {
      assertTrue(
          call.startedNanos() < killed && call.endedNanos() >= killing,
          () -> "failed but not in flight on the killed server: " + call);
    }
    assertTrue(failed.size() <= CLIENTS, "more failures than requests that can be in flight");
    assertEverySucceededAfter(calls, killed + Duration.ofSeconds(1).toNanos());
    ClusterClient.assertWritesKept(clients, postgres.primaryTables());
  }

  @Test
  @Order(2)
  void aRollingRestartOfEveryServerFailsNoRequest() throws Exception {
    List<String> steps = new ArrayList<>();
    List<Call> calls;
    try (RequestLoad load = RequestLoad.start(CLIENTS, this::send)) {
      Thread.sleep(2000);
      for (int i = 0; i < SERVERS; i++) {
        ExtraServer server = servers.get(i);
        long stopping = System.nanoTime();
        server.terminate();
        long stopped = System.nanoTime();
        server.startAgain();
        Duration ready = server.awaitStatus("/health/ready", 200, Duration.ofSeconds(180));
        Duration up = balancer.awaitUp("s" + (i + 1), Duration.ofSeconds(30));
        steps.add(
            String.format(
                "s%d stopped in %d ms, ready %d ms after its start, in HAProxy %d ms later",
                i + 1,
                Duration.ofNanos(stopped - stopping).toMillis(),
                ready.toMillis(),
                up.toMillis()));
      }
      Thread.sleep(2000);
      calls = load.stop();
    }
    List<Call> failed = calls.stream().filter(c -> !c.succeeded()).toList();
    System.out.printf(
        "[cluster] rolling restart (SIGTERM, wait ready, next) of three servers under %d clients:"
            + " %d requests, %d failed; %s; %s%n",
        CLIENTS, calls.size(), failed.size(), steps, ClusterClient.summary(clients));
    assertEquals(List.of(), failed, "requests that failed during the rolling restart");
    ClusterClient.assertWritesKept(clients, postgres.primaryTables());
  }

  @Test
  @Order(3)
  void theServersFollowAPromotedStandbyByThemselves() throws Exception {
    long stopping;
    long promoting;
    long promoted;
    List<Call> calls;
    Duration allReady;
    long allReadyAt;
    try (RequestLoad load = RequestLoad.start(CLIENTS, this::send)) {
      Thread.sleep(3000);
      stopping = System.nanoTime();
      postgres.stopPrimary();
      Thread.sleep(2000);
      promoting = System.nanoTime();
      postgres.promoteStandby();
      promoted = System.nanoTime();
      long readyFrom = System.nanoTime();
      for (ExtraServer server : servers) {
        server.awaitStatus("/health/ready", 200, FAILOVER_BOUND);
      }
      allReadyAt = System.nanoTime();
      allReady = Duration.ofNanos(allReadyAt - readyFrom);
      Thread.sleep(5000);
      calls = load.stop();
    }
    Call firstWrite =
        calls.stream()
            .filter(
                c ->
                    c.startedNanos() >= promoted && c.succeeded() && ClusterClient.isWrite(c.seq()))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no write succeeded after the promotion"));
    Duration failover = Duration.ofNanos(firstWrite.endedNanos() - promoted);
    List<Call> refused = calls.stream().filter(c -> !c.succeeded()).toList();
    System.out.printf(
        "[cluster] primary stopped (immediate), standby promoted 2 s later (pg_ctl promote took %d"
            + " ms): first write acknowledged %d ms after the promotion, all three servers ready %d"
            + " ms after it; %d requests, %d answered 503 meanwhile (JSON, the API's dialect), 0"
            + " other failures; %s%n",
        Duration.ofNanos(promoted - promoting).toMillis(),
        failover.toMillis(),
        allReady.toMillis(),
        calls.size(),
        refused.size(),
        ClusterClient.summary(clients));
    for (Call call : refused) {
      assertTrue(call.answer() != null, () -> "no answer: " + call);
      assertTrue(
          call.endedNanos() >= stopping && call.startedNanos() <= allReadyAt,
          () -> "refused outside the failover: " + call);
      OutageAnswers.assertUnavailable(call.answer(), ClusterClient.isAuthApi(call.seq()));
    }
    assertTrue(
        failover.compareTo(FAILOVER_BOUND) <= 0,
        () -> "first write " + failover.toMillis() + " ms after the promotion");
    assertEverySucceededAfter(calls, allReadyAt + Duration.ofSeconds(1).toNanos());
    ClusterClient.assertWritesKept(clients, postgres.primaryTables());
  }

  private HttpResult send(int client, int seq) {
    return clients.get(client).next(seq);
  }

  private static void assertEverySucceededAfter(List<Call> calls, long from) {
    calls.stream()
        .filter(c -> c.startedNanos() >= from)
        .forEach(c -> assertTrue(c.succeeded(), c::toString));
  }

  /**
   * What a deployment sets (docs/deploy.md): the key-encryption secret, the database (both
   * clusters), the public base URL, the load balancer's forwarded address, mail; and the shipped
   * server.env's memory setting. Everything else at its default.
   */
  private Map<String, String> serverEnv(String publicUrl) {
    Map<String, String> build = ExtraServer.buildServerEnv();
    Map<String, String> env = new HashMap<>(postgres.serverEnv());
    env.put("TASKGUARD_SECRET", build.get("TASKGUARD_SECRET"));
    env.put("TASKGUARD_JWT_ISSUER", publicUrl);
    env.put("TASKGUARD_HTTP_TRUST_FORWARDED_FOR", "true");
    for (String mail :
        List.of("TASKGUARD_MAIL_HOST", "TASKGUARD_MAIL_PORT", "TASKGUARD_MAIL_SECURITY")) {
      env.put(mail, build.get(mail));
    }
    env.put("MALLOC_ARENA_MAX", "2");
    return env;
  }
}

package io.taskguard.application.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.taskguard.application.port.in.MailDeliveryUseCase.Delivered;
import io.taskguard.application.port.out.MailDelivery;
import io.taskguard.application.port.out.MailDelivery.QueuedMail;
import io.taskguard.application.port.out.MailSender;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MailRelayServiceTest {

  private static final Instant NOW = Instant.parse("2026-06-01T10:00:00Z");

  /** An outbox that hands out what it is given and records each outcome. */
  private static final class Outbox implements MailDelivery {
    final List<QueuedMail> due = new ArrayList<>();
    final List<String> outcomes = new ArrayList<>();
    Duration lease;

    @Override
    public List<QueuedMail> claimDue(Instant now, int limit, Duration lease) {
      this.lease = lease;
      List<QueuedMail> claimed = List.copyOf(due.subList(0, Math.min(limit, due.size())));
      due.removeAll(claimed);
      return claimed;
    }

    @Override
    public void sent(long id, Instant now) {
      outcomes.add(id + " sent");
    }

    @Override
    public void failed(long id, Instant retryAt, String error) {
      outcomes.add(id + " retry at " + retryAt + ": " + error);
    }

    @Override
    public void abandon(long id, Instant now, String error) {
      outcomes.add(id + " abandoned: " + error);
    }

    @Override
    public long pending() {
      return due.size();
    }
  }

  /** A mail server that refuses the recipients it is told to. */
  private static final class Sender implements MailSender {
    final Set<String> refused = new HashSet<>();
    final List<Long> accepted = new ArrayList<>();
    boolean configured = true;

    @Override
    public boolean configured() {
      return configured;
    }

    @Override
    public void send(QueuedMail mail) {
      if (refused.contains(mail.recipient())) {
        throw new MailFailure("550 mailbox unavailable");
      }
      accepted.add(mail.id());
    }
  }

  private final Outbox outbox = new Outbox();
  private final Sender sender = new Sender();
  private final MailRelayService relay =
      new MailRelayService(outbox, sender, Clock.fixed(NOW, ZoneOffset.UTC));

  private static QueuedMail mail(long id, String to, int attempts) {
    return new QueuedMail(id, to, "Subject", "text", "<p>html</p>", attempts);
  }

  @Test
  void sendsDueMailsAndRecordsEachOutcome() {
    outbox.due.add(mail(1, "a@example.com", 1));
    outbox.due.add(mail(2, "b@example.com", 3));
    outbox.due.add(mail(3, "c@example.com", MailRelayService.MAX_ATTEMPTS));
    sender.refused.add("b@example.com");
    sender.refused.add("c@example.com");

    Delivered delivered = relay.deliverDue();

    assertEquals(new Delivered(1, 1, 1), delivered);
    assertEquals(List.of(1L), sender.accepted);
    assertEquals(
        List.of(
            "1 sent",
            "2 retry at " + NOW.plusSeconds(120) + ": 550 mailbox unavailable",
            "3 abandoned: 550 mailbox unavailable"),
        outbox.outcomes);
    assertEquals(MailRelayService.LEASE, outbox.lease);
  }

  @Test
  void claimsNothingWithoutAMailServer() {
    sender.configured = false;
    outbox.due.add(mail(1, "a@example.com", 1));

    assertEquals(0, relay.deliverDue().claimed());
    assertEquals(1, outbox.pending(), "the mail waits in the outbox");
  }

  @Test
  void backsOffFromThirtySecondsDoublingUpToAnHour() {
    assertEquals(Duration.ofSeconds(30), MailRelayService.retryAfter(1));
    assertEquals(Duration.ofSeconds(60), MailRelayService.retryAfter(2));
    assertEquals(Duration.ofSeconds(1920), MailRelayService.retryAfter(7));
    assertEquals(Duration.ofHours(1), MailRelayService.retryAfter(8));
    assertEquals(Duration.ofHours(1), MailRelayService.retryAfter(400));
    Duration total = Duration.ZERO;
    for (int attempt = 1; attempt < MailRelayService.MAX_ATTEMPTS; attempt++) {
      total = total.plus(MailRelayService.retryAfter(attempt));
    }
    assertTrue(
        total.compareTo(Duration.ofHours(4)) > 0 && total.compareTo(Duration.ofHours(6)) < 0);
  }
}

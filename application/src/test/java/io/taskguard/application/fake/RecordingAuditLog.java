package io.taskguard.application.fake;

import io.taskguard.application.port.out.AuditLog;
import io.taskguard.domain.user.UserId;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** An {@link AuditLog} that keeps what it is told, in order. */
public class RecordingAuditLog implements AuditLog {

  /** One recorded event; {@code userId} is null for an unknown account. */
  public record Entry(Event event, UserId userId, String clientAddress, Instant at) {}

  private final List<Entry> entries = new CopyOnWriteArrayList<>();

  @Override
  public void record(Event event, UserId userId, String clientAddress, Instant at) {
    entries.add(new Entry(event, userId, clientAddress, at));
  }

  public List<Entry> entries() {
    return List.copyOf(entries);
  }

  public List<Event> events() {
    return entries.stream().map(Entry::event).toList();
  }

  /** The last entry; fails when nothing was recorded. */
  public Entry last() {
    if (entries.isEmpty()) {
      throw new AssertionError("nothing was audited");
    }
    return entries.get(entries.size() - 1);
  }
}

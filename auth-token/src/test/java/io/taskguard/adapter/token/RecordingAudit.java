package io.taskguard.adapter.token;

import io.taskguard.application.port.out.AuditLog;
import io.taskguard.domain.user.UserId;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** An audit trail in memory: what the key lifecycle recorded, in order. */
final class RecordingAudit implements AuditLog {

  record Entry(Event event, String clientAddress, Instant at) {}

  final List<Entry> entries = new CopyOnWriteArrayList<>();

  @Override
  public void record(Event event, UserId userId, String clientAddress, Instant at) {
    entries.add(new Entry(event, clientAddress, at));
  }

  List<Event> events() {
    return entries.stream().map(Entry::event).toList();
  }
}

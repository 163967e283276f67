package io.taskguard.adapter.persistence;

import io.taskguard.domain.session.Session;
import io.taskguard.domain.session.SessionId;
import io.taskguard.domain.task.Description;
import io.taskguard.domain.task.DueDate;
import io.taskguard.domain.task.Task;
import io.taskguard.domain.task.TaskId;
import io.taskguard.domain.task.Title;
import io.taskguard.domain.user.Account;
import io.taskguard.domain.user.Email;
import io.taskguard.domain.user.PasswordHash;
import io.taskguard.domain.user.User;
import io.taskguard.domain.user.UserId;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/** Between rows and domain values. Instants are stored in UTC at PostgreSQL's microsecond grain. */
final class EntityMapper {

  private EntityMapper() {}

  /** A timestamp column of a native query's row as an instant (null stays null). */
  static Instant instant(Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof OffsetDateTime offset) {
      return offset.toInstant();
    }
    if (value instanceof java.sql.Timestamp timestamp) {
      return timestamp.toInstant();
    }
    throw new IllegalStateException("unexpected timestamp type " + value.getClass());
  }

  static OffsetDateTime utc(Instant instant) {
    return instant.truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC);
  }

  static UserEntity toEntity(Account account) {
    User user = account.user();
    UserEntity entity = new UserEntity();
    entity.id = user.id().value();
    entity.email = user.email().value();
    entity.name = user.name();
    entity.emailVerified = user.emailVerified();
    entity.image = user.image();
    entity.passwordHash = account.passwordHash().encoded();
    entity.createdAt = utc(user.createdAt());
    entity.updatedAt = utc(user.updatedAt());
    return entity;
  }

  static User toUser(UserEntity entity) {
    return new User(
        new UserId(entity.id),
        new Email(entity.email),
        entity.name,
        entity.emailVerified,
        entity.image,
        entity.createdAt.toInstant(),
        entity.updatedAt.toInstant(),
        entity.twoFactorEnabled);
  }

  static Account toAccount(UserEntity entity) {
    return new Account(toUser(entity), new PasswordHash(entity.passwordHash));
  }

  static Session toSession(SessionEntity entity) {
    return new Session(
        new SessionId(entity.id),
        new UserId(entity.userId),
        entity.expiresAt.toInstant(),
        entity.createdAt.toInstant(),
        entity.updatedAt.toInstant(),
        entity.ipAddress,
        entity.userAgent,
        entity.steppedUpAt == null ? null : entity.steppedUpAt.toInstant());
  }

  static Task toTask(TaskEntity entity) {
    return new Task(
        new TaskId(entity.id),
        new UserId(entity.userId),
        new Title(entity.title),
        Description.of(entity.description),
        entity.completed,
        entity.version,
        entity.createdAt.toInstant(),
        entity.updatedAt.toInstant(),
        DueDate.of(entity.dueDate));
  }
}

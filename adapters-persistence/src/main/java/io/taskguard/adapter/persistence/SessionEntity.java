package io.taskguard.adapter.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** The {@code sessions} row; the token itself is never stored, only its SHA-256. */
@Entity
@Table(name = "sessions")
class SessionEntity {

  @Id String id;

  @Column(name = "user_id", nullable = false)
  String userId;

  @Column(name = "token_hash", nullable = false)
  byte[] tokenHash;

  @Column(name = "expires_at", nullable = false)
  OffsetDateTime expiresAt;

  @Column(name = "created_at", nullable = false)
  OffsetDateTime createdAt;

  @Column(name = "updated_at", nullable = false)
  OffsetDateTime updatedAt;

  @Column(name = "ip_address")
  String ipAddress;

  @Column(name = "user_agent")
  String userAgent;

  @Column(name = "revoked_at")
  OffsetDateTime revokedAt;

  @Column(name = "stepped_up_at")
  OffsetDateTime steppedUpAt;
}

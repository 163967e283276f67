package io.taskguard.adapter.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** The {@code users} row. Only this package sees it; the domain gets a {@code User}. */
@Entity
@Table(name = "users")
@NamedQuery(
    name = UserEntity.BY_EMAIL,
    query = "SELECT u FROM UserEntity u WHERE LOWER(u.email) = :email")
class UserEntity {

  static final String BY_EMAIL = "UserEntity.byEmail";

  @Id String id;

  @Column(nullable = false)
  String email;

  @Column(nullable = false)
  String name;

  @Column(name = "email_verified", nullable = false)
  boolean emailVerified;

  String image;

  @Column(name = "two_factor_enabled", nullable = false)
  boolean twoFactorEnabled;

  @Column(name = "password_hash", nullable = false)
  String passwordHash;

  @Column(name = "created_at", nullable = false)
  OffsetDateTime createdAt;

  @Column(name = "updated_at", nullable = false)
  OffsetDateTime updatedAt;
}

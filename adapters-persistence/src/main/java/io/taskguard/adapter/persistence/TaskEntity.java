package io.taskguard.adapter.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * The {@code tasks} row. {@code version} is compared and bumped by explicit conditional updates
 * (see {@link JpaTaskRepository}), not by JPA's own locking, so a stale writer learns it failed.
 */
@Entity
@Table(name = "tasks")
class TaskEntity {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  Long id;

  @Column(name = "user_id", nullable = false)
  String userId;

  @Column(nullable = false)
  String title;

  String description;

  @Column(nullable = false)
  boolean completed;

  @Column(nullable = false)
  long version;

  @Column(name = "created_at", nullable = false)
  OffsetDateTime createdAt;

  @Column(name = "updated_at", nullable = false)
  OffsetDateTime updatedAt;

  @Column(name = "due_date")
  LocalDate dueDate;
}

package io.taskguard.application.config;

import java.time.Duration;

/**
 * How long each kind of record is kept once it no longer does anything, read from configuration by
 * the adapter that starts the application.
 *
 * @param sessions after a session expired or was ended
 * @param tokens after a mailed token was used or expired
 * @param throttle after an attempt counter's window and block are over
 * @param mail after a mail was sent or given up
 * @param audit after an audit event happened
 */
public record RetentionAges(
    Duration sessions, Duration tokens, Duration throttle, Duration mail, Duration audit) {

  /** The defaults the README documents; a setting left unset takes its value from here. */
  public static RetentionAges defaults() {
    return new RetentionAges(
        Duration.ofDays(7),
        Duration.ofDays(7),
        Duration.ofDays(1),
        Duration.ofDays(7),
        Duration.ofDays(365));
  }
}

package io.taskguard.adapter.mail;

/** A CDI event: mail was written to the outbox in the current transaction. */
public record MailQueued() {}

package io.taskguard.adapter.rest.mail;

/** A CDI event: mail was written to the outbox in the current transaction. */
public record MailQueued() {}

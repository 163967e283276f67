package io.taskguard.application.port.in;

/** Sending what the outbox holds: called after a commit that queued mail, and periodically. */
public interface MailDeliveryUseCase {

  /** What one round did. */
  record Delivered(int sent, int retried, int abandoned) {
    public int claimed() {
      return sent + retried + abandoned;
    }
  }

  /** Claims the mails due now (one batch), sends them, and records each outcome. */
  Delivered deliverDue();
}

package io.taskguard.domain.user;

/** What a token mailed to a person is for; each has its own lifetime and may be used once. */
public enum TokenPurpose {
  /** Choose a new password without the old one. */
  RESET_PASSWORD,
  /** Prove that the account's address receives mail. */
  VERIFY_EMAIL,
  /** Prove that a new address receives mail, and switch the account to it. */
  CHANGE_EMAIL
}

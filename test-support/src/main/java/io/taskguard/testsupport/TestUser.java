package io.taskguard.testsupport;

/** An account made for a test: its id (the JWT's {@code sub}), email and access JWT. */
public record TestUser(String id, String email, String jwt) {}

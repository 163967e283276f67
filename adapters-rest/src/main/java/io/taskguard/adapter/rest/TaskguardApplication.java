package io.taskguard.adapter.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.auth.LoginConfig;

/**
 * taskguard's HTTP API: accounts under {@code /api/auth}, tasks under {@code /api/users}. Its
 * OpenAPI document is built from specs/contracts (META-INF/openapi.yaml), not from annotations.
 */
@ApplicationPath("/api")
@LoginConfig(authMethod = "MP-JWT", realmName = "taskguard")
public class TaskguardApplication extends Application {}

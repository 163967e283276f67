package io.taskguard.adapter.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.auth.LoginConfig;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

/** taskguard's HTTP API: accounts under {@code /api/auth}, tasks under {@code /api/users}. */
@ApplicationPath("/api")
@LoginConfig(authMethod = "MP-JWT", realmName = "taskguard")
@OpenAPIDefinition(
    info =
        @Info(
            title = "taskguard",
            version = "1",
            description = "Accounts, sessions and JWTs, and each user's own tasks."))
public class TaskguardApplication extends Application {}

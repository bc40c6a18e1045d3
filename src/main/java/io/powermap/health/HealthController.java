package io.powermap.health;

import io.javalin.http.Context;

public final class HealthController {

    private final HealthService service;

    public HealthController(HealthService service) {
        this.service = service;
    }

    public void get(Context ctx) {
        HealthService.Health health = service.check();
        ctx.status(health.up() ? 200 : 503).json(health);
    }
}

package io.powermap.auth;

import io.javalin.http.Context;
import io.powermap.auth.AuthRecords.LoginInput;
import io.powermap.auth.AuthRecords.PasswordChange;
import io.powermap.auth.AuthRecords.TokenInput;
import io.powermap.web.Bodies;
import io.powermap.web.Requests;

/** Sign-in and out, the caller's own account and API tokens. */
public final class AuthController {

    private final AuthService service;
    private final AccessControl access;
    private final Bodies bodies;

    public AuthController(AuthService service, AccessControl access, Bodies bodies) {
        this.service = service;
        this.access = access;
        this.bodies = bodies;
    }

    public void login(Context ctx) {
        LoginInput in = bodies.read(ctx, LoginInput.class, 16 * 1024);
        AuthService.Session session = service.login(in, access.clientIp(ctx));
        AccessControl.setCookie(ctx, session.secret());
        ctx.json(session.me());
    }

    public void logout(Context ctx) {
        AuthService.Resolved who = AccessControl.resolved(ctx);
        service.logout(who.via() == AuthService.Via.SESSION ? ctx.cookie(AccessControl.COOKIE) : null, who.actor(),
                access.clientIp(ctx));
        AccessControl.clearCookie(ctx);
        ctx.status(204);
    }

    public void me(Context ctx) {
        ctx.json(service.me(AccessControl.resolved(ctx)));
    }

    public void changePassword(Context ctx) {
        PasswordChange in = bodies.read(ctx, PasswordChange.class, 16 * 1024);
        service.changePassword(AccessControl.resolved(ctx), in, access.clientIp(ctx));
        ctx.status(204);
    }

    public void tokens(Context ctx) {
        ctx.json(service.tokens(Requests.actor(ctx)));
    }

    public void createToken(Context ctx) {
        TokenInput in = bodies.read(ctx, TokenInput.class, 16 * 1024);
        ctx.status(201).json(service.createToken(AccessControl.resolved(ctx), in, access.clientIp(ctx)));
    }

    public void revokeToken(Context ctx) {
        service.revokeToken(Requests.actor(ctx), Requests.id(ctx, "tokenId"), access.clientIp(ctx));
        ctx.status(204);
    }
}

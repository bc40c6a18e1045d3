package io.powermap.auth;

import io.javalin.http.Context;
import io.powermap.account.AccountService;
import io.powermap.auth.AuthRecords.DisabledInput;
import io.powermap.auth.AuthRecords.MemberInput;
import io.powermap.auth.AuthRecords.UserInput;
import io.powermap.web.Bodies;
import io.powermap.web.Requests;

/** User management (ADMIN), account teams (OWNER, list: VIEWER) and the security log (ADMIN). */
public final class UserController {

    private final UserService service;
    private final AccountService accounts;
    private final AccessControl access;
    private final Bodies bodies;

    public UserController(UserService service, AccountService accounts, AccessControl access, Bodies bodies) {
        this.service = service;
        this.accounts = accounts;
        this.access = access;
        this.bodies = bodies;
    }

    public void list(Context ctx) {
        ctx.json(service.list());
    }

    public void create(Context ctx) {
        UserInput in = bodies.read(ctx, UserInput.class, 16 * 1024);
        ctx.status(201).json(service.create(in, Requests.actor(ctx), access.clientIp(ctx)));
    }

    public void setDisabled(Context ctx) {
        String userId = Requests.id(ctx, "userId");
        DisabledInput in = bodies.read(ctx, DisabledInput.class, 1024);
        ctx.json(service.setDisabled(userId, in.disabled(), Requests.actor(ctx), access.clientIp(ctx)));
    }

    public void members(Context ctx) {
        String accountId = Requests.accountId(ctx);
        accounts.requireExists(accountId);
        ctx.json(service.members(accountId));
    }

    public void putMember(Context ctx) {
        String accountId = Requests.accountId(ctx);
        String userId = Requests.id(ctx, "userId");
        MemberInput in = bodies.read(ctx, MemberInput.class, 1024);
        accounts.requireExists(accountId);
        ctx.json(service.putMember(accountId, userId, in.role(), Requests.actor(ctx)));
    }

    public void deleteMember(Context ctx) {
        String accountId = Requests.accountId(ctx);
        String userId = Requests.id(ctx, "userId");
        accounts.requireExists(accountId);
        service.deleteMember(accountId, userId, Requests.actor(ctx));
        ctx.status(204);
    }

    public void events(Context ctx) {
        String type = ctx.queryParam("type");
        int limit = Requests.intParam(ctx, "limit", 100, 1, 1000);
        ctx.json(service.events(type == null || type.isBlank() ? null : type.trim(), limit));
    }

}

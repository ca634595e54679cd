package dev.unknot.api.admin;

import dev.unknot.api.auth.BearerAuthentication;
import dev.unknot.api.error.ApiError;
import dev.unknot.api.error.ApiErrors;
import dev.unknot.app.account.IssuedLink;
import dev.unknot.app.account.Registration;
import dev.unknot.app.account.RegistrationMode;
import dev.unknot.app.admin.AdminDocuments;
import dev.unknot.app.admin.AdminService;
import dev.unknot.app.admin.Administrator;
import dev.unknot.app.person.PersonId;
import dev.unknot.wire.admin.AccountEntry;
import dev.unknot.wire.admin.AccountList;
import dev.unknot.wire.admin.InviteList;
import dev.unknot.wire.admin.LinkEntry;
import dev.unknot.wire.admin.NewInviteBody;
import dev.unknot.wire.admin.RegistrationEntry;
import dev.unknot.wire.error.InvalidInputException;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.RequestAttribute;
import io.micronaut.http.annotation.Status;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.util.Optional;

/**
 * The administrator's routes: accounts, the registration mode, invitations and reset links. The
 * token's person must be the administrator (an account not disabled); anyone else gets 403 on
 * every route, before anything is read.
 */
@Controller("/api/v1/admin")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "admin")
@ApiErrors
@ApiResponse(
        responseCode = "403",
        description = "The token's person is not the administrator",
        content = @Content(mediaType = "application/json", schema = @Schema(implementation = ApiError.class)))
final class AdminController {

    private final AdminService admin;
    private final Clock clock;

    AdminController(AdminService admin, Clock clock) {
        this.admin = admin;
        this.clock = clock;
    }

    private Administrator as(PersonId person) {
        return admin.check(person);
    }

    @Get("/accounts")
    @Operation(summary = "Every account, oldest first: name, created, last active, administrator, disabled")
    AccountList accounts(@RequestAttribute(BearerAuthentication.PERSON) PersonId person) {
        return new AccountList(
                admin.accounts(as(person)).stream().map(AdminDocuments::entry).toList());
    }

    @Post("/accounts/{id}/disable")
    @Operation(
            summary = "Disables an account: no sign-in, its sessions and tokens refused (not the last administrator)")
    AccountEntry disable(@RequestAttribute(BearerAuthentication.PERSON) PersonId person, @PathVariable long id) {
        return AdminDocuments.entry(admin.disable(as(person), account(id)));
    }

    @Post("/accounts/{id}/enable")
    @Operation(summary = "Enables a disabled account again")
    AccountEntry enable(@RequestAttribute(BearerAuthentication.PERSON) PersonId person, @PathVariable long id) {
        return AdminDocuments.entry(admin.enable(as(person), account(id)));
    }

    @Post("/accounts/{id}/make-admin")
    @Operation(summary = "Makes an account an administrator too")
    AccountEntry makeAdmin(@RequestAttribute(BearerAuthentication.PERSON) PersonId person, @PathVariable long id) {
        return AdminDocuments.entry(admin.makeAdmin(as(person), account(id)));
    }

    @Delete("/accounts/{id}")
    @Status(HttpStatus.NO_CONTENT)
    @Operation(summary = "Deletes an account and all its data (not the last administrator)")
    void delete(@RequestAttribute(BearerAuthentication.PERSON) PersonId person, @PathVariable long id) {
        admin.delete(as(person), account(id));
    }

    @Post("/accounts/{id}/reset-link{?send}")
    @Status(HttpStatus.CREATED)
    @Operation(
            summary = "A one-time link (24 hours) for the account to choose a new password; "
                    + "send=true mails it to their reminder address")
    LinkEntry resetLink(
            @RequestAttribute(BearerAuthentication.PERSON) PersonId person,
            @PathVariable long id,
            @QueryValue @Nullable Boolean send) {
        Administrator administrator = as(person);
        if (Boolean.TRUE.equals(send)) {
            AdminService.SentLink sent = admin.sendResetLink(administrator, account(id), Optional.empty());
            return link(sent.link(), Optional.of(sent.to()));
        }
        return link(admin.resetLink(administrator, account(id)), Optional.empty());
    }

    @Get("/registration")
    @Operation(summary = "Who may open an account: open, invite-only or closed")
    RegistrationEntry registration(@RequestAttribute(BearerAuthentication.PERSON) PersonId person) {
        return new RegistrationEntry(admin.registration(as(person)).text());
    }

    @Put("/registration")
    @Operation(summary = "Changes who may open an account")
    RegistrationEntry changeRegistration(
            @RequestAttribute(BearerAuthentication.PERSON) PersonId person, @Body RegistrationEntry change) {
        Administrator administrator = as(person);
        admin.changeRegistration(administrator, RegistrationMode.parse(change.mode()));
        return new RegistrationEntry(admin.registration(administrator).text());
    }

    @Get("/invites")
    @Operation(summary = "Invitations neither used nor revoked, newest first, the expired ones marked")
    InviteList invites(@RequestAttribute(BearerAuthentication.PERSON) PersonId person) {
        return new InviteList(admin.invites(as(person)).stream()
                .map(invite -> AdminDocuments.entry(invite, clock.instant()))
                .toList());
    }

    @Post("/invites")
    @Status(HttpStatus.CREATED)
    @Operation(summary = "A new invitation link, used once, valid for days (1 to 365, 7 by default)")
    LinkEntry invite(
            @RequestAttribute(BearerAuthentication.PERSON) PersonId person, @Body @Nullable NewInviteBody body) {
        int days = body == null || body.days() == null ? (int) Registration.INVITE_VALID_FOR.toDays() : body.days();
        return link(admin.invite(as(person), days), Optional.empty());
    }

    @Delete("/invites/{id}")
    @Status(HttpStatus.NO_CONTENT)
    @Operation(summary = "Revokes an invitation not used yet")
    void revokeInvite(@RequestAttribute(BearerAuthentication.PERSON) PersonId person, @PathVariable long id) {
        admin.revokeInvite(as(person), id);
    }

    private LinkEntry link(IssuedLink link, Optional<String> sentTo) {
        return AdminDocuments.entry(link, admin.address(link.path(), Optional.empty()), sentTo);
    }

    private static PersonId account(long id) {
        if (id <= 0) {
            throw new InvalidInputException("id", "id must be a positive number, was " + id);
        }
        return new PersonId(id);
    }
}

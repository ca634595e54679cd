package dev.unknot.app.admin;

import dev.unknot.app.account.Invite;
import dev.unknot.app.account.IssuedLink;
import dev.unknot.app.person.Account;
import dev.unknot.wire.admin.AccountEntry;
import dev.unknot.wire.admin.InviteEntry;
import dev.unknot.wire.admin.LinkEntry;
import java.net.URI;
import java.time.Instant;
import java.util.Optional;

/** The administrator's values as the wire writes them, for the API and {@code unknot admin --json} alike. */
public final class AdminDocuments {

    private AdminDocuments() {}

    public static AccountEntry entry(Account account) {
        return new AccountEntry(
                account.id().value(),
                account.username(),
                account.created().toString(),
                account.lastActive().map(Instant::toString).orElse(null),
                account.admin(),
                account.disabled());
    }

    public static InviteEntry entry(Invite invite, Instant now) {
        return new InviteEntry(
                invite.id(), invite.created().toString(), invite.expires().toString(), invite.expired(now));
    }

    public static LinkEntry entry(IssuedLink link, Optional<URI> url, Optional<String> sentTo) {
        return new LinkEntry(
                link.id(),
                "/" + link.path(),
                url.map(URI::toString).orElse(null),
                link.expires().toString(),
                sentTo.orElse(null));
    }
}

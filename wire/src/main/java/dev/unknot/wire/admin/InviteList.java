package dev.unknot.wire.admin;

import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
import org.apiguardian.api.API;

/** The invitations neither used nor revoked, newest first. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@Serdeable
public record InviteList(List<InviteEntry> invites) {}

package dev.unknot.wire.admin;

import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
import org.apiguardian.api.API;

/** Every account, oldest first. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@Serdeable
public record AccountList(List<AccountEntry> accounts) {}

package dev.unknot.wire.reminder;

import io.micronaut.serde.annotation.Serdeable;
import org.apiguardian.api.API;

/**
 * {@code GET /api/v1/push/public-key}: the server's VAPID public key, which a browser subscribes
 * with ({@code applicationServerKey}): an uncompressed P-256 point, base64url without padding.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.2")
@Serdeable
public record PushPublicKey(String publicKey) {}

package dev.unknot.app.reminder;

import com.interaso.webpush.VapidKeys;
import dev.unknot.store.db.Transactions;
import dev.unknot.store.reminder.VapidKeyRepository;
import dev.unknot.store.reminder.VapidKeyRow;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.Base64;

/**
 * The server's VAPID key pair (RFC 8292), which signs every push and which each browser subscribes
 * with. Made once, by the first server that needs it, and kept in the database: a pair is inserted
 * only if none is kept, then whatever is kept is read, so servers sharing one database agree on one
 * pair. It is never replaced, as a new pair would orphan every browser's subscription.
 */
@Singleton
public class PushKeys {

    private final VapidKeyRepository keys;
    private final Transactions transactions;
    private final Clock clock;
    private volatile VapidKeys vapid;

    PushKeys(VapidKeyRepository keys, Transactions transactions, Clock clock) {
        this.keys = keys;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** The key pair, made and kept on first use. */
    public VapidKeys vapid() {
        VapidKeys known = vapid;
        if (known == null) {
            synchronized (this) {
                if (vapid == null) {
                    vapid = load();
                }
                known = vapid;
            }
        }
        return known;
    }

    /** The public key as browsers subscribe with it: the uncompressed P-256 point, base64url. */
    public String publicKey() {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(vapid().getApplicationServerKey());
    }

    private VapidKeys load() {
        VapidKeyRow row = transactions.inOneReading(() -> keys.findById(1)).orElseGet(() -> {
            VapidKeys made = VapidKeys.generate();
            return transactions.inOne(() -> {
                keys.insertUnlessKept(made.getX509PublicKey(), made.getPkcs8PrivateKey(), clock.instant());
                return keys.findById(1).orElseThrow();
            });
        });
        return VapidKeys.create(row.publicKey(), row.privateKey());
    }
}

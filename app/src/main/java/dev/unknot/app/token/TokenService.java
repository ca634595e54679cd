package dev.unknot.app.token;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.stats.CacheStats;
import dev.unknot.app.input.Input;
import dev.unknot.app.person.Activity;
import dev.unknot.app.person.PersonId;
import dev.unknot.app.person.PersonService;
import dev.unknot.store.db.Transactions;
import dev.unknot.store.token.AccessTokenRepository;
import dev.unknot.store.token.AccessTokenRow;
import dev.unknot.wire.error.InvalidInputException;
import dev.unknot.wire.error.NotFoundException;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * Personal access tokens: issued, listed and revoked by their owner, and checked on every API call.
 *
 * <p>A secret is {@code unk_} followed by 32 bytes from {@link SecureRandom} in base64url without
 * padding (43 characters). The store keeps only its SHA-256: a secret with 256 random bits cannot
 * be guessed from its hash, so a slow password hash would add nothing but time to every call. A
 * secret is checked by looking its hash up in a unique index, never by comparing secrets, so the
 * answer's timing says nothing about how much of a guess was right.
 *
 * <p>A secret found live is remembered in memory for {@link #REMEMBERED_FOR} (at most
 * {@link #MAX_REMEMBERED} of them, in a Caffeine cache), so that a busy client costs no database
 * read per call, and the API can answer it without leaving its event loop. Revoking
 * forgets the token at once in this process; another process (a second server on the same
 * database) keeps accepting a revoked secret it remembers until that entry expires, so at most
 * {@link #REMEMBERED_FOR} after the revocation.
 */
@Singleton
public class TokenService {

    /** The longest name a token may have. */
    public static final int MAX_NAME_LENGTH = 60;

    /** What every secret starts with, so that one pasted in the wrong place is recognisable. */
    public static final String SECRET_PREFIX = "unk_";

    private static final int SECRET_BYTES = 32;
    private static final Pattern SECRET = Pattern.compile("unk_[A-Za-z0-9_-]{43}");

    /**
     * How stale a token's last use may be before an authentication writes it again. Writing it on
     * every call would turn each API read into a write; to the minute is what a person wants to see.
     */
    static final Duration LAST_USE_PRECISION = Duration.ofMinutes(1);

    /** How long a live secret is taken on trust without asking the database again. */
    static final Duration REMEMBERED_FOR = Duration.ofSeconds(30);

    /** How many secrets are remembered at most; beyond that, the least used are dropped. */
    static final int MAX_REMEMBERED = 10_000;

    /** A live token as read at {@code readAt}, keyed by its secret's hash. */
    private record Remembered(long tokenId, PersonId person, Instant lastUsedAt, Instant readAt) {}

    private final AccessTokenRepository tokens;
    private final PersonService people;
    private final Activity activity;
    private final Clock clock;
    private final Transactions transactions;
    private final SecureRandom random = new SecureRandom();
    private final Cache<String, Remembered> remembered;
    /** Counts forgettings, so that a lookup that overlapped one does not remember what it read. */
    private volatile long revocations;

    TokenService(
            AccessTokenRepository tokens,
            PersonService people,
            Activity activity,
            Clock clock,
            Transactions transactions) {
        this.tokens = tokens;
        this.activity = activity;
        this.transactions = transactions;
        this.people = people;
        this.clock = clock;
        this.remembered = Caffeine.newBuilder()
                .maximumSize(MAX_REMEMBERED)
                .expireAfterWrite(REMEMBERED_FOR)
                .ticker(() -> TimeUnit.MILLISECONDS.toNanos(clock.millis()))
                .recordStats()
                .build();
    }

    /** How often a token was found remembered, for the server's metrics: counts only, never a token. */
    public CacheStats rememberedStats() {
        return remembered.stats();
    }

    /** How many tokens are remembered now, for the server's metrics. */
    public long rememberedCount() {
        return remembered.estimatedSize();
    }

    /**
     * Issues a new token for the person.
     *
     * @param name 1 to 60 characters (spaces around it are dropped), no control characters, and
     *     not the name of another of their live tokens
     * @return the token and its secret, which is never available again
     * @throws InvalidInputException for a name that breaks these rules
     * @throws NotFoundException when no such person exists
     */
    @Transactional
    public IssuedToken issue(PersonId person, String name) {
        String tokenName = name(name);
        people.get(person);
        if (tokens.existsByPersonIdAndLiveName(person.value(), tokenName)) {
            throw new InvalidInputException(
                    "name",
                    "you already have a token named '" + tokenName + "'; choose another name or revoke that one first");
        }
        String secret = newSecret();
        AccessTokenRow row = tokens.save(new AccessTokenRow(
                null, person.value(), tokenName, tokenName, hash(secret), clock.instant(), null, null));
        return new IssuedToken(toToken(row), secret);
    }

    /** The person's live tokens, newest first; revoked ones are left out. */
    @Transactional(readOnly = true)
    public List<AccessToken> list(PersonId person) {
        return tokens.findLive(person.value()).stream()
                .map(TokenService::toToken)
                .toList();
    }

    /**
     * Revokes one of the person's tokens: from now on its secret authenticates nothing. The row
     * stays, so the secret stays known as revoked; the name becomes free for a new token.
     *
     * @throws NotFoundException for an unknown id, another person's token, or one already revoked
     */
    @Transactional
    public void revoke(PersonId person, TokenId id) {
        AccessTokenRow row = tokens.findByIdAndPersonId(id.value(), person.value())
                .filter(found -> found.revokedAt() == null)
                .orElseThrow(() -> new NotFoundException("access token", id));
        tokens.update(new AccessTokenRow(
                row.id(),
                row.personId(),
                row.name(),
                null,
                row.secretHash(),
                row.createdAt(),
                row.lastUsedAt(),
                clock.instant()));
        // Forgotten now, so that this process refuses the secret from the next call on, and again
        // after the commit, in case a call read the row before the revocation was committed.
        forget(row.secretHash());
        transactions.whenEnded(committed -> forget(row.secretHash()));
    }

    private void forget(String secretHash) {
        synchronized (remembered) {
            revocations++;
            remembered.invalidate(secretHash);
        }
    }

    /**
     * The person a secret belongs to: one lookup by the index on the secret's hash, and a write of
     * the last use at most once a minute per token.
     *
     * @param secret what came after {@code Bearer }; anything is accepted, {@code null} too
     * @return empty when the secret is malformed, unknown or revoked, or its owner's account is
     *     disabled, with no hint which
     */
    public Optional<PersonId> authenticate(String secret) {
        if (secret == null || !SECRET.matcher(secret).matches()) {
            return Optional.empty();
        }
        String hash = hash(secret);
        Instant now = clock.instant();
        Remembered known = remembered.getIfPresent(hash);
        if (known != null && !now.isBefore(known.readAt())) {
            Remembered used = noteUse(known, now);
            if (used != known) {
                remembered.asMap().replace(hash, known, used);
            }
            return Optional.of(known.person()).filter(activity::admits);
        }
        long revocationsBefore = revocations;
        Optional<AccessTokenRow> found = tokens.findBySecretHash(hash).filter(row -> row.revokedAt() == null);
        if (found.isEmpty()) {
            remembered.invalidate(hash);
            return Optional.empty();
        }
        AccessTokenRow row = found.get();
        Remembered read = noteUse(new Remembered(row.id(), new PersonId(row.personId()), row.lastUsedAt(), now), now);
        synchronized (remembered) {
            // A revocation committed while the row was read may have been of this token: then it
            // is not remembered (this call, which overlapped the revocation, still passes).
            if (revocations == revocationsBefore) {
                remembered.put(hash, read);
            }
        }
        return Optional.of(read.person()).filter(activity::admits);
    }

    /**
     * {@link #authenticate} when it can be answered from memory alone: the secret was checked less
     * than {@link #REMEMBERED_FOR} ago and its last use need not be written now. Empty says
     * nothing about the secret: then call {@link #authenticate}, which may read and write.
     */
    public Optional<PersonId> authenticateFromMemory(String secret) {
        if (secret == null || !SECRET.matcher(secret).matches()) {
            return Optional.empty();
        }
        Remembered known = remembered.getIfPresent(hash(secret));
        Instant now = clock.instant();
        if (known == null
                || now.isBefore(known.readAt())
                || known.lastUsedAt() == null
                || !now.isBefore(known.lastUsedAt().plus(LAST_USE_PRECISION))
                || !activity.admitsFromMemory(known.person()).orElse(false)) {
            return Optional.empty();
        }
        return Optional.of(known.person());
    }

    /** The token's last use written, when the one stored is a minute old or more. */
    private Remembered noteUse(Remembered known, Instant now) {
        if (known.lastUsedAt() == null || !now.isBefore(known.lastUsedAt().plus(LAST_USE_PRECISION))) {
            tokens.noteUse(known.tokenId(), now);
            return new Remembered(known.tokenId(), known.person(), now, known.readAt());
        }
        return known;
    }

    /** How many secrets are remembered, for tests. */
    long remembered() {
        remembered.cleanUp();
        return remembered.estimatedSize();
    }

    private String newSecret() {
        byte[] bytes = new byte[SECRET_BYTES];
        random.nextBytes(bytes);
        return SECRET_PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** The lower-case hex SHA-256 of the secret's UTF-8 bytes, as stored in {@code secret_hash}. */
    static String hash(String secret) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha256.digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private static String name(String name) {
        String stripped = name == null ? "" : name.strip();
        if (stripped.isEmpty() || stripped.length() > MAX_NAME_LENGTH) {
            throw new InvalidInputException(
                    "name", "token name must be 1 to " + MAX_NAME_LENGTH + " characters, was " + stripped.length());
        }
        // One line: no tab or newline either, on top of the rule for every stored text.
        if (stripped.chars().anyMatch(Character::isISOControl)) {
            throw new InvalidInputException("name", "token name must not contain control characters");
        }
        return Input.text("name", stripped);
    }

    private static AccessToken toToken(AccessTokenRow row) {
        return new AccessToken(
                new TokenId(row.id()),
                new PersonId(row.personId()),
                row.name(),
                row.createdAt(),
                Optional.ofNullable(row.lastUsedAt()));
    }
}

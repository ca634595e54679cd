package dev.unknot.store.db;

import io.micronaut.transaction.TransactionOperations;
import io.micronaut.transaction.support.TransactionSynchronization;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The database transactions, for code outside this package that must not know JDBC: several
 * services' calls run as one transaction, and work is done when the caller's transaction ends.
 */
@Singleton
public final class Transactions {

    private final TransactionOperations<Connection> transactions;

    Transactions(TransactionOperations<Connection> transactions) {
        this.transactions = transactions;
    }

    /**
     * Runs {@code work} in one read-write transaction on one connection (joining the caller's, if
     * there is one): every service it calls takes part, and an exception rolls it all back.
     */
    public <T> T inOne(Supplier<T> work) {
        return transactions.executeWrite(status -> work.get());
    }

    /** Runs {@code work} in one read-only transaction on one connection (joining the caller's, if there is one). */
    public <T> T inOneReading(Supplier<T> work) {
        return transactions.executeRead(status -> work.get());
    }

    /** Whether the caller is in a transaction. */
    public boolean inTransaction() {
        return transactions.findTransactionStatus().isPresent();
    }

    /**
     * Calls {@code ended} with {@code true} after the caller's transaction has committed, or with
     * {@code false} after it rolled back, on the same thread.
     *
     * @return {@code false}, and nothing is called, when the caller is in no transaction
     */
    public boolean whenEnded(Consumer<Boolean> ended) {
        return transactions
                .findTransactionStatus()
                .map(status -> {
                    status.registerSynchronization(new TransactionSynchronization() {
                        @Override
                        public void afterCompletion(Status completed) {
                            ended.accept(completed == Status.COMMITTED);
                        }
                    });
                    return true;
                })
                .orElse(false);
    }
}

package dev.unknot.store.db;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Function;

/**
 * Writes that arrive while another is under way, written together as one: a group commit.
 *
 * <p>Every caller of {@link #submit} waits for its own outcome. A caller that finds fewer than
 * {@code writers} writes under way writes at once, with whatever is queued; whoever arrives while
 * all writers are busy queues, and the next writer (the first of them to be woken) takes the whole
 * queue, up to {@code maxBatch}, in one call of {@code write}. So a quiet server pays no delay at
 * all, and a busy one commits many changes with one statement and one commit; nobody waits on a
 * timer. More than one writer lets a batch gather and be sent while another is being committed.
 * Any caller that finds a writer's place free takes it: there is no thread of its own.
 *
 * @param <I> what one caller asks to have written
 * @param <O> what that caller gets back
 */
public final class GroupCommit<I, O> {

    private static final class Waiting<I, O> {
        final I input;
        final Thread thread;
        volatile boolean done;
        O outcome;
        RuntimeException failure;

        Waiting(I input, Thread thread) {
            this.input = input;
            this.thread = thread;
        }
    }

    private final Function<List<I>, List<O>> write;
    private final int maxBatch;
    private final int writers;
    private final ConcurrentLinkedQueue<Waiting<I, O>> queue = new ConcurrentLinkedQueue<>();
    private final AtomicInteger writing = new AtomicInteger();

    /**
     * @param write writes a batch of inputs together and answers with one outcome per input, in the
     *     same order; when it throws, every caller in the batch gets that exception
     * @param maxBatch the most inputs one call of {@code write} gets
     * @param writers the most calls of {@code write} at the same time
     */
    public GroupCommit(Function<List<I>, List<O>> write, int maxBatch, int writers) {
        if (maxBatch < 1) {
            throw new IllegalArgumentException("maxBatch must be 1 or more, was " + maxBatch);
        }
        if (writers < 1) {
            throw new IllegalArgumentException("writers must be 1 or more, was " + writers);
        }
        this.write = Objects.requireNonNull(write, "write");
        this.maxBatch = maxBatch;
        this.writers = writers;
    }

    /**
     * Has {@code input} written, with whatever else is waiting, and answers with its outcome.
     *
     * @throws RuntimeException what {@code write} threw for the batch {@code input} was in
     */
    public O submit(I input) {
        Waiting<I, O> mine = new Waiting<>(Objects.requireNonNull(input, "input"), Thread.currentThread());
        queue.add(mine);
        boolean interrupted = false;
        try {
            while (!mine.done) {
                if (startWriting()) {
                    try {
                        while (!mine.done) {
                            writeQueued();
                        }
                    } finally {
                        writing.decrementAndGet();
                    }
                    // Whoever queued while this thread wrote, and was not in its batches, may
                    // have found the writer's place taken and be parked: wake the first of them.
                    Waiting<I, O> next = queue.peek();
                    if (next != null) {
                        LockSupport.unpark(next.thread);
                    }
                } else {
                    // Woken by the writer that takes this input, or by one that finishes without it;
                    // the time limit is only a safety net.
                    LockSupport.parkNanos(this, SAFETY_NET_NANOS);
                    // An interrupt would end every later park at once; it is kept for the caller.
                    interrupted |= Thread.interrupted();
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
        if (mine.failure != null) {
            throw mine.failure;
        }
        return mine.outcome;
    }

    /** How many inputs wait for a writer to take them, for tests. */
    int queued() {
        return queue.size();
    }

    private static final long SAFETY_NET_NANOS = TimeUnit.MILLISECONDS.toNanos(50);

    /** Takes a writer's place, if one is free. */
    private boolean startWriting() {
        int busy;
        do {
            busy = writing.get();
            if (busy >= writers) {
                return false;
            }
        } while (!writing.compareAndSet(busy, busy + 1));
        return true;
    }

    /** Writes up to {@code maxBatch} queued inputs and hands each caller its outcome. */
    private void writeQueued() {
        List<Waiting<I, O>> batch = new ArrayList<>(Math.min(maxBatch, 16));
        Waiting<I, O> each;
        while (batch.size() < maxBatch && (each = queue.poll()) != null) {
            batch.add(each);
        }
        if (batch.isEmpty()) {
            return;
        }
        List<O> outcomes = null;
        RuntimeException failure = null;
        try {
            outcomes = write.apply(batch.stream().map(waiting -> waiting.input).toList());
            if (outcomes == null || outcomes.size() != batch.size()) {
                failure = new IllegalStateException("a batch of " + batch.size() + " was answered with "
                        + (outcomes == null ? "nothing" : outcomes.size() + " outcomes"));
            }
        } catch (RuntimeException e) {
            failure = e;
        } catch (Error e) {
            failure = new IllegalStateException("the batch's write failed: " + e, e);
        }
        for (int i = 0; i < batch.size(); i++) {
            Waiting<I, O> waiting = batch.get(i);
            if (failure != null) {
                waiting.failure = failure;
            } else {
                waiting.outcome = outcomes.get(i);
            }
            waiting.done = true;
            if (waiting.thread != Thread.currentThread()) {
                LockSupport.unpark(waiting.thread);
            }
        }
    }
}

package dev.unknot.store.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class GroupCommitTests {

    /** Doubles each input, remembering every batch it was given. */
    private static final class Recording implements Function<List<Integer>, List<Integer>> {
        final List<List<Integer>> batches = Collections.synchronizedList(new ArrayList<>());
        final AtomicInteger running = new AtomicInteger();
        final AtomicInteger mostAtOnce = new AtomicInteger();

        @Override
        public List<Integer> apply(List<Integer> batch) {
            mostAtOnce.accumulateAndGet(running.incrementAndGet(), Math::max);
            try {
                batches.add(List.copyOf(batch));
                Thread.onSpinWait();
                return batch.stream().map(each -> each * 2).toList();
            } finally {
                running.decrementAndGet();
            }
        }
    }

    /** A write that holds the batch with input 0 until released; every batch is then answered by {@code then}. */
    private static final class HeldFirst implements Function<List<Integer>, List<Integer>> {
        final CountDownLatch started = new CountDownLatch(1);
        final CountDownLatch release = new CountDownLatch(1);
        private final Function<List<Integer>, List<Integer>> then;

        HeldFirst(Function<List<Integer>, List<Integer>> then) {
            this.then = then;
        }

        @Override
        public List<Integer> apply(List<Integer> batch) {
            if (batch.contains(0)) {
                started.countDown();
                await(release);
            }
            return then.apply(batch);
        }

        void awaitStarted() throws InterruptedException {
            assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
        }
    }

    @Test
    void aLoneCallerIsWrittenAtOnceAndAlone() {
        Recording write = new Recording();
        GroupCommit<Integer, Integer> group = new GroupCommit<>(write, 8, 1);

        assertThat(group.submit(21)).isEqualTo(42);
        assertThat(group.submit(5)).isEqualTo(10);
        assertThat(write.batches).containsExactly(List.of(21), List.of(5));
    }

    @Test
    void callersArrivingDuringAWriteAreWrittenTogetherInTheNext() throws Exception {
        List<List<Integer>> batches = Collections.synchronizedList(new ArrayList<>());
        HeldFirst write = new HeldFirst(batch -> {
            batches.add(List.copyOf(batch));
            return batch.stream().map(each -> -each).toList();
        });
        GroupCommit<Integer, Integer> group = new GroupCommit<>(write, 64, 1);
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            Future<Integer> first = pool.submit(() -> group.submit(0));
            write.awaitStarted();
            List<Future<Integer>> others = new ArrayList<>();
            for (int i = 1; i <= 5; i++) {
                int input = i;
                others.add(pool.submit(() -> group.submit(input)));
            }
            waitUntil(() -> queued(group) == 5);
            write.release.countDown();

            assertThat(first.get(10, TimeUnit.SECONDS)).isZero();
            for (int i = 0; i < others.size(); i++) {
                assertThat(others.get(i).get(10, TimeUnit.SECONDS)).isEqualTo(-(i + 1));
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(batches).hasSize(2);
        assertThat(batches.get(1)).containsExactlyInAnyOrder(1, 2, 3, 4, 5);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3})
    void manyCallersEachGetTheirOwnOutcomeAndEveryInputIsWrittenOnce(int writers) throws Exception {
        Recording write = new Recording();
        GroupCommit<Integer, Integer> group = new GroupCommit<>(write, 5, writers);
        int threads = 8;
        int each = 500;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                done.add(pool.submit(() -> {
                    for (int i = 0; i < each; i++) {
                        int input = thread * each + i;
                        assertThat(group.submit(input)).isEqualTo(input * 2);
                    }
                    return null;
                }));
            }
            for (Future<?> future : done) {
                future.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        List<Integer> written =
                write.batches.stream().flatMap(List::stream).sorted().toList();
        assertThat(written).hasSize(threads * each).doesNotHaveDuplicates();
        assertThat(write.batches).allSatisfy(batch -> assertThat(batch).hasSizeBetween(1, 5));
        assertThat(write.mostAtOnce.get()).isLessThanOrEqualTo(writers);
    }

    @Test
    void aFailedWriteFailsEveryCallerOfItsBatchAndTheNextWriteWorks() throws Exception {
        HeldFirst write = new HeldFirst(batch -> {
            if (batch.contains(13)) {
                throw new IllegalStateException("unlucky batch");
            }
            return batch;
        });
        GroupCommit<Integer, Integer> group = new GroupCommit<>(write, 64, 1);
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            Future<Integer> first = pool.submit(() -> group.submit(0));
            write.awaitStarted();
            Future<Integer> unlucky = pool.submit(() -> group.submit(13));
            Future<Integer> besideIt = pool.submit(() -> group.submit(7));
            waitUntil(() -> queued(group) == 2);
            write.release.countDown();

            assertThat(first.get(10, TimeUnit.SECONDS)).isZero();
            assertThatThrownBy(() -> unlucky.get(10, TimeUnit.SECONDS)).hasRootCauseMessage("unlucky batch");
            assertThatThrownBy(() -> besideIt.get(10, TimeUnit.SECONDS)).hasRootCauseMessage("unlucky batch");
        } finally {
            pool.shutdownNow();
        }
        assertThat(group.submit(8)).isEqualTo(8);
    }

    @Test
    void aWriteThatAnswersForTooFewFailsItsBatch() {
        GroupCommit<Integer, Integer> group = new GroupCommit<>(batch -> List.of(), 8, 1);

        assertThatThrownBy(() -> group.submit(1))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("a batch of 1 was answered with 0 outcomes");
    }

    @Test
    void anInterruptedCallerStillGetsItsOutcomeAndKeepsTheInterrupt() throws Exception {
        HeldFirst write = new HeldFirst(batch -> batch);
        GroupCommit<Integer, Integer> group = new GroupCommit<>(write, 8, 1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            pool.submit(() -> group.submit(0));
            write.awaitStarted();
            Future<Boolean> interrupted = pool.submit(() -> {
                Thread.currentThread().interrupt();
                assertThat(group.submit(3)).isEqualTo(3);
                return Thread.currentThread().isInterrupted();
            });
            waitUntil(() -> queued(group) == 1);
            write.release.countDown();

            assertThat(interrupted.get(10, TimeUnit.SECONDS)).isTrue();
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void settingsOutOfRangeAreRefused() {
        assertThatThrownBy(() -> new GroupCommit<Integer, Integer>(batch -> batch, 0, 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("maxBatch");
        assertThatThrownBy(() -> new GroupCommit<Integer, Integer>(batch -> batch, 1, 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("writers");
    }

    private static int queued(GroupCommit<?, ?> group) {
        return group.queued();
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(10, TimeUnit.SECONDS)) {
                throw new IllegalStateException("not released");
            }
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void waitUntil(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out");
            }
            Thread.sleep(1);
        }
    }
}

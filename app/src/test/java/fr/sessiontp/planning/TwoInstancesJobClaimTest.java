package fr.sessiontp.planning;

import static org.assertj.core.api.Assertions.assertThat;

import fr.sessiontp.planning.persistence.PlanningJobRepository;
import fr.sessiontp.planning.persistence.PlanningJobRepository.ClaimedJob;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two application instances on one database (#8.6): each "instance" is a {@link PlanningJobRepository} on its own
 * database connection (its own data source and transaction manager), as two JVMs would have. Jobs go to a queue of
 * their own, so the application's worker (queue "default") does not take them. The retention purge job is not on this
 * branch; it is expected to claim its work the same way.
 */
@SpringBootTest
@AutoConfigureMockMvc
class TwoInstancesJobClaimTest {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    DataSource dataSource;

    private record Instance(PlanningJobRepository jobs, TransactionTemplate tx, SingleConnectionDataSource connection) {
        static Instance on(DataSource shared) throws Exception {
            SingleConnectionDataSource own = new SingleConnectionDataSource(shared.getConnection(), true);
            own.setAutoCommit(true);
            return new Instance(new PlanningJobRepository(JdbcClient.create(own)),
                    new TransactionTemplate(new DataSourceTransactionManager(own)), own);
        }
    }

    private List<Long> enqueue(String queue, int count) {
        long session = jdbc.sql("select min(id) from exam_session").query(Long.class).single();
        PlanningJobRepository jobs = new PlanningJobRepository(jdbc);
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ids.add(jobs.enqueue(session, queue, "{}", null, "two-instances-test"));
        }
        return ids;
    }

    @Test
    void twoInstancesClaimingTheSameQueueNeverTakeTheSameJob() throws Exception {
        String queue = "two-instances-" + UUID.randomUUID();
        List<Long> enqueued = enqueue(queue, 40);
        Instance a = Instance.on(dataSource);
        Instance b = Instance.on(dataSource);
        List<Long> claimedByA = Collections.synchronizedList(new ArrayList<>());
        List<Long> claimedByB = Collections.synchronizedList(new ArrayList<>());
        ExecutorService threads = Executors.newFixedThreadPool(2);
        CountDownLatch go = new CountDownLatch(1);
        try {
            List<Future<?>> done = List.of(
                    threads.submit(() -> drain(a, "instance-A", queue, claimedByA, go)),
                    threads.submit(() -> drain(b, "instance-B", queue, claimedByB, go)));
            go.countDown();
            for (Future<?> f : done) {
                f.get(60, TimeUnit.SECONDS);
            }
        } finally {
            threads.shutdownNow();
            a.connection().destroy();
            b.connection().destroy();
        }
        Set<Long> both = new HashSet<>(claimedByA);
        both.retainAll(claimedByB);
        assertThat(both).as("jobs taken by both instances").isEmpty();
        assertThat(claimedByA).doesNotHaveDuplicates();
        assertThat(claimedByB).doesNotHaveDuplicates();
        List<Long> all = new ArrayList<>(claimedByA);
        all.addAll(claimedByB);
        assertThat(all).containsExactlyInAnyOrderElementsOf(enqueued);
        assertThat(jdbc.sql("select count(*) from planning_job where queue = :q and status = 'RUNNING' and worker in ('instance-A', 'instance-B')")
                .param("q", queue).query(Long.class).single()).isEqualTo(enqueued.size());
    }

    /** Claims jobs, each in a transaction held a moment (as a worker's would be), until the queue is empty. */
    private static Object drain(Instance instance, String worker, String queue, List<Long> claimed, CountDownLatch go)
            throws InterruptedException {
        go.await();
        while (true) {
            Optional<ClaimedJob> job = instance.tx().execute(status -> {
                Optional<ClaimedJob> next = instance.jobs().claimNext(queue, worker, Duration.ofMinutes(10));
                Thread.onSpinWait();
                return next;
            });
            if (job == null || job.isEmpty()) {
                return null;
            }
            claimed.add(job.get().id());
        }
    }

    @Test
    void aJobLockedByOneInstanceIsSkippedByTheOtherWithoutWaiting() throws Exception {
        String queue = "two-instances-" + UUID.randomUUID();
        List<Long> enqueued = enqueue(queue, 2);
        Instance a = Instance.on(dataSource);
        Instance b = Instance.on(dataSource);
        CountDownLatch aClaimed = new CountDownLatch(1);
        CountDownLatch bDone = new CountDownLatch(1);
        ExecutorService threads = Executors.newSingleThreadExecutor();
        try {
            // instance A claims the first job and keeps its transaction open until B has claimed
            Future<Optional<ClaimedJob>> byA = threads.submit(() -> a.tx().execute(status -> {
                Optional<ClaimedJob> job = a.jobs().claimNext(queue, "instance-A", Duration.ofMinutes(10));
                aClaimed.countDown();
                try {
                    bDone.await(20, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return job;
            }));
            assertThat(aClaimed.await(20, TimeUnit.SECONDS)).isTrue();
            long t0 = System.nanoTime();
            Optional<ClaimedJob> byB = b.jobs().claimNext(queue, "instance-B", Duration.ofMinutes(10));
            long waitedMs = (System.nanoTime() - t0) / 1_000_000;
            // a third claim while A still holds its row: the only free job is taken, nothing left, still no waiting
            Optional<ClaimedJob> again = b.jobs().claimNext(queue, "instance-B", Duration.ofMinutes(10));
            bDone.countDown();
            Optional<ClaimedJob> claimedByA = byA.get(30, TimeUnit.SECONDS);

            assertThat(claimedByA).map(ClaimedJob::id).contains(enqueued.get(0));
            assertThat(byB).map(ClaimedJob::id).contains(enqueued.get(1));
            assertThat(again).isEmpty();
            assertThat(waitedMs).as("B did not wait for A's lock").isLessThan(5_000);
        } finally {
            threads.shutdownNow();
            a.connection().destroy();
            b.connection().destroy();
        }
    }
}

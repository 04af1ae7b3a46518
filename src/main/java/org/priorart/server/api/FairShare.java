package org.priorart.server.api;

import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;

/**
 * A fair share of the workers: at most {@code perClient} requests of one client (a key, or an address
 * without keys) run at once; its others wait their turn in its own line, holding no worker. A client
 * that sends sixteen heavy requests at once (a document of 8 MB each) then takes a core or so, not
 * every core, and the searches of the others keep their pace. Requests of no known client (the public
 * routes) run as they come.
 */
final class FairShare {

    private final Executor pool;
    private final int perClient;
    private final Map<String, Lane> lanes = new HashMap<>();

    /** A task and what waits on it. */
    private record Job(Runnable task, CompletableFuture<Void> done) {
    }

    /** One client's requests: how many run now, and the ones waiting their turn. */
    private static final class Lane {
        int running;
        final Queue<Job> waiting = new ArrayDeque<>();
    }

    FairShare(Executor pool, int perClient) {
        this.pool = pool;
        this.perClient = perClient;
    }

    /** Runs the task on the pool when the client's turn comes; the future fails if the pool refuses it (full). */
    CompletableFuture<Void> run(String client, Runnable task) {
        Job job = new Job(task, new CompletableFuture<>());
        if (client == null) {
            start(null, job);
            return job.done();
        }
        boolean now;
        synchronized (lanes) {
            Lane lane = lanes.computeIfAbsent(client, c -> new Lane());
            now = lane.running < perClient;
            if (now) {
                lane.running++;
            } else {
                lane.waiting.add(job);
            }
        }
        if (now) {
            start(client, job);
        }
        return job.done();
    }

    /** Gives the job to the pool; when it ends (or the pool refuses it), the client's next one goes. */
    private void start(String client, Job job) {
        try {
            pool.execute(() -> {
                try {
                    job.task().run();
                    job.done().complete(null);
                } catch (Throwable t) {
                    job.done().completeExceptionally(t);
                } finally {
                    ended(client);
                }
            });
        } catch (RejectedExecutionException full) {
            job.done().completeExceptionally(full);
            ended(client);
        }
    }

    /** A job of the client ended: the next one in its line takes its place. */
    private void ended(String client) {
        if (client == null) {
            return;
        }
        Job following;
        synchronized (lanes) {
            Lane lane = lanes.get(client);
            following = lane.waiting.poll();
            if (following == null && --lane.running == 0) {
                lanes.remove(client);
            }
        }
        if (following != null) {
            start(client, following);
        }
    }
}

package io.lodestone;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicBoolean;

import io.lodestone.embedded.EmbeddedNeo4j;
import io.lodestone.embedded.EmbeddedNeo4jProperties;
import io.lodestone.importing.ImportProperties;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;

/**
 * The embedded database's start on a thread of its own, begun by {@link EmbeddedNeo4jEarlyStart} as soon
 * as the application's environment is known, so that its start (store recovery, Bolt, Browser, APOC) runs
 * while Spring reads the configuration classes and creates the web server and the beans that do not need
 * the database; the first bean that needs it waits in {@link #await()}. Graph Data Science's procedures
 * register on another thread once the database has started, while the schema migrations and the import
 * run; the service waits for them after its beans are created, before its web server takes requests.
 * It owns the database: it stops it when the context closes, and also when the application fails
 * before any bean asked for it.
 */
final class EmbeddedNeo4jStartup implements SmartInitializingSingleton, DisposableBean {

    private final CompletableFuture<EmbeddedNeo4j> started;
    private final AtomicBoolean stopped = new AtomicBoolean();

    private EmbeddedNeo4jStartup(CompletableFuture<EmbeddedNeo4j> started) {
        this.started = started;
    }

    /** Binds the settings like their beans will (which, bound later, still reject unknown keys) and starts. */
    static EmbeddedNeo4jStartup begin(Environment environment) {
        Binder binder = Binder.get(environment);
        EmbeddedNeo4jProperties properties = binder.bindOrCreate("lodestone.embedded", EmbeddedNeo4jProperties.class);
        Path importDir = binder.bindOrCreate("lodestone.import", ImportProperties.class).directory();
        return new EmbeddedNeo4jStartup(CompletableFuture.supplyAsync(
                () -> EmbeddedNeo4j.start(properties, importDir, task -> thread("embedded-neo4j-gds", task)),
                task -> thread("embedded-neo4j-start", task)));
    }

    private static void thread(String name, Runnable task) {
        Thread thread = new Thread(task, name);
        thread.setDaemon(true);
        thread.start();
    }

    /** @return the started database; rethrows what stopped it from starting */
    EmbeddedNeo4j await() {
        try {
            return started.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    /** Every bean is created (schema, import, documents): GDS must be there before the first request. */
    @Override
    public void afterSingletonsInstantiated() {
        await().awaitGds();
    }

    @Override
    public void destroy() {
        if (stopped.compareAndSet(false, true)) {
            started.thenAccept(EmbeddedNeo4j::stop).exceptionally(failedToStart -> null).join();
        }
    }
}

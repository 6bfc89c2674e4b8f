package io.lodestone;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import io.lodestone.embedded.EmbeddedNeo4j;
import io.lodestone.embedded.EmbeddedNeo4jProperties;
import io.lodestone.importing.ImportProperties;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;

/**
 * Starts the embedded database on a thread of its own as soon as the context's bean definitions are
 * known, so that its start (store recovery, Bolt, Browser, APOC and GDS) runs while Spring creates the
 * web server and the beans that do not need the database; the first bean that needs it waits in
 * {@link #await()}. It owns the database: it stops it when the context closes, and also when the
 * context fails before any bean asked for it.
 */
final class EmbeddedNeo4jStartup implements BeanFactoryPostProcessor, DisposableBean {

    private final Environment environment;
    private CompletableFuture<EmbeddedNeo4j> started;

    EmbeddedNeo4jStartup(Environment environment) {
        this.environment = environment;
    }

    @Override
    public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
        // Bound here like their beans will be (which, bound later, still reject unknown keys).
        Binder binder = Binder.get(environment);
        EmbeddedNeo4jProperties properties = binder.bindOrCreate("lodestone.embedded", EmbeddedNeo4jProperties.class);
        Path importDir = binder.bindOrCreate("lodestone.import", ImportProperties.class).directory();
        started = CompletableFuture.supplyAsync(() -> EmbeddedNeo4j.start(properties, importDir), task -> {
            Thread thread = new Thread(task, "embedded-neo4j-start");
            thread.setDaemon(true);
            thread.start();
        });
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

    @Override
    public void destroy() {
        if (started != null) {
            started.thenAccept(EmbeddedNeo4j::stop).exceptionally(failedToStart -> null).join();
        }
    }
}

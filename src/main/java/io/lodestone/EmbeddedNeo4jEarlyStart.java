package io.lodestone;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.boot.context.event.ApplicationFailedEvent;
import org.springframework.boot.context.event.ApplicationPreparedEvent;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.SmartApplicationListener;
import org.springframework.core.env.Environment;
import org.springframework.core.type.classreading.MetadataReaderFactory;
import org.springframework.core.type.classreading.SimpleMetadataReaderFactory;

/**
 * Begins the embedded database's start ({@link EmbeddedNeo4jStartup}) when the application context is
 * prepared, before its refresh reads the configuration classes (seconds on a cold JVM that the database's
 * thread can use), and makes it the context's bean {@value #BEAN}. Only in the embedded mode, the
 * condition of {@link EmbeddedNeo4jConfiguration}: nothing happens when {@code spring.neo4j.uri} names a
 * server, nor in a context that leaves that configuration out (a test slice such as {@code @WebMvcTest}).
 * Registered in {@code META-INF/spring.factories}; one instance per application run.
 */
final class EmbeddedNeo4jEarlyStart implements SmartApplicationListener {

    static final String BEAN = "embeddedNeo4jStartup";

    private EmbeddedNeo4jStartup startup;

    @Override
    public boolean supportsEventType(Class<? extends ApplicationEvent> eventType) {
        return ApplicationPreparedEvent.class.isAssignableFrom(eventType)
                || ApplicationFailedEvent.class.isAssignableFrom(eventType);
    }

    @Override
    public void onApplicationEvent(ApplicationEvent event) {
        if (event instanceof ApplicationPreparedEvent prepared) {
            ConfigurableApplicationContext context = prepared.getApplicationContext();
            if (embedded(context.getEnvironment()) && scanned(context) && context instanceof BeanDefinitionRegistry registry) {
                EmbeddedNeo4jStartup begun = EmbeddedNeo4jStartup.begin(context.getEnvironment());
                startup = begun;
                registry.registerBeanDefinition(BEAN, new RootBeanDefinition(EmbeddedNeo4jStartup.class, () -> begun));
            }
        } else if (event instanceof ApplicationFailedEvent && startup != null) {
            // The context may have failed before it created the bean that would stop the database.
            startup.destroy();
        }
    }

    /** Whether component scanning will find the embedded configuration, as the context's exclude filters say. */
    private static boolean scanned(ConfigurableApplicationContext context) {
        TypeExcludeFilter filter = new TypeExcludeFilter();
        filter.setBeanFactory(context.getBeanFactory());
        MetadataReaderFactory readers = new SimpleMetadataReaderFactory(context.getClassLoader());
        try {
            return !filter.match(readers.getMetadataReader(EmbeddedNeo4jConfiguration.class.getName()), readers);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** As {@code @ConditionalOnProperty(name = "spring.neo4j.uri", havingValue = "embedded", matchIfMissing = true)}. */
    private static boolean embedded(Environment environment) {
        String uri = environment.getProperty("spring.neo4j.uri");
        return uri == null || uri.equalsIgnoreCase("embedded");
    }
}

package io.lodestone.importing;

import io.lodestone.StartupFailure;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.context.annotation.DependsOn;
import org.springframework.stereotype.Component;

/** Loads the graph at start-up, before the service takes requests, as lodestone.import.on-startup says. */
@Component
@DependsOn("graphSchema")
class GraphLoader implements InitializingBean {

    private final GraphImporter importer;
    private final ImportProperties properties;

    GraphLoader(GraphImporter importer, ImportProperties properties) {
        this.importer = importer;
        this.properties = properties;
    }

    @Override
    public void afterPropertiesSet() {
        boolean load = switch (properties.onStartup()) {
            case ALWAYS -> true;
            case NEVER -> false;
            case IF_EMPTY -> importer.graphIsEmpty();
        };
        if (!load) {
            return;
        }
        try {
            importer.importGraph();
        } catch (ImportRejectedException e) {
            throw new StartupFailure("The graph could not be loaded from " + properties.directory().toAbsolutePath()
                    + ". " + e.getMessage(),
                    "Fix the files as listed (docs/import-format.md describes them), or start with"
                            + " lodestone.import.on-startup=never.", e);
        }
    }
}

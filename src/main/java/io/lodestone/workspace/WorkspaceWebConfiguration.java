package io.lodestone.workspace;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.CorsRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Neo4j Browser (on its own port) fetches the guide and the style with cross-origin requests,
 * which the browser blocks unless this service allows them. Both are public, read-only files.
 */
@Configuration
class WorkspaceWebConfiguration implements WebMvcConfigurer {

    @Override
    public void addCorsMappings(CorsRegistry registry) {
        registry.addMapping("/guides/**").allowedOrigins("*").allowedMethods("GET");
        registry.addMapping("/styles/**").allowedOrigins("*").allowedMethods("GET");
    }
}

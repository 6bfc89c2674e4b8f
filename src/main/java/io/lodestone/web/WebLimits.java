package io.lodestone.web;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Installs the request limits in front of every endpoint. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({HeavyQueryProperties.class, WebProperties.class})
class WebLimits implements WebMvcConfigurer {

    private final RequestBodyLimit bodyLimit;
    private final HeavyQueryLimiter heavyQueries;

    WebLimits(RequestBodyLimit bodyLimit, HeavyQueryLimiter heavyQueries) {
        this.bodyLimit = bodyLimit;
        this.heavyQueries = heavyQueries;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(bodyLimit);
        registry.addInterceptor(heavyQueries);
    }
}

package io.lodestone.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/** @param maxRequestBody the largest request body (413 above; 411 without Content-Length) */
@ConfigurationProperties(prefix = "lodestone.web")
public record WebProperties(@DefaultValue("1MB") DataSize maxRequestBody) {
}

package io.lodestone;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class LodestoneApplication {

    public static void main(String[] args) {
        SpringApplication.run(LodestoneApplication.class, args);
    }
}

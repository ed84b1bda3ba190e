package dev.salesops.examples.boot3;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * A CRM service on Spring Boot 3.5 (Jackson 2) embedding sales-ops with the starter dependency and no glue: no
 * JSON module bean, no mapper configuration, no exception handler. The starter provides the pipeline bean (the
 * shipped sales pipeline with the BANT policy of {@code application.properties}), the JSON of the library's types
 * on Boot's own mapper, and HTTP 400 problem details for bad input.
 */
@SpringBootApplication
public class Boot3Host {
  /** Starts the service. */
  public static void main(String[] args) {
    SpringApplication.run(Boot3Host.class, args);
  }
}

package dev.salesops.examples.boot4;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Counts the host's glue: lines of its main code or configuration that exist only to wire sales-ops into Spring or
 * Jackson (a JSON module bean, mapper configuration, an exception handler, building the pipeline or the policy by
 * hand, any {@code @Bean} or {@code @Configuration}). The goal is 0: the starter dependency is all a host adds.
 */
class GlueLinesTest {
  static final Pattern GLUE = Pattern.compile("@Bean\\b|@Configuration\\b|@(Rest)?ControllerAdvice\\b|@ExceptionHandler\\b"
      + "|\\bModule\\b|JacksonModule|ObjectMapper|JsonMapper|MapperBuilderCustomizer|SalesOpsJson|SalesOpsModule"
      + "|SalesPipelines|QualificationPolicy|CriterionRegistry|HttpMessageNotReadableException|ProblemDetail"
      + "|spring\\.jackson\\.");

  @Test
  void theHostHasNoGlueLines() throws IOException {
    List<String> glue;
    try (Stream<Path> files = Files.walk(Path.of("src", "main"))) {
      glue = files.filter(Files::isRegularFile).flatMap(GlueLinesTest::lines)
          .filter(line -> GLUE.matcher(line).find()).toList();
    }
    assertThat(glue).as("glue lines").isEmpty();
    try (Stream<Path> files = Files.walk(Path.of("src", "main"))) {
      // and the host does have code: a controller using the starter's pipeline bean
      assertThat(files.filter(Files::isRegularFile).flatMap(GlueLinesTest::lines)
          .filter(l -> l.contains("Workflow pipeline")).count()).isGreaterThan(0);
    }
  }

  private static Stream<String> lines(Path p) {
    try {
      return Files.readAllLines(p).stream().map(l -> p + ": " + l);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}

package dev.salesops.spring;

import dev.salesops.core.workflow.Workflow;
import dev.salesops.scoring.bant.QualificationPolicy;
import dev.salesops.scoring.bant.SalesPipelines;
import java.util.List;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Scope;

/**
 * sales-ops in a Spring Boot 3.5 or 4.0 application, with no code in the host.
 *
 * <ul>
 *   <li><b>JSON</b>: the library's JSON module for the Jackson line present (a Jackson 2 {@code Module} bean,
 *       which Boot 3 registers with its mapper; a Jackson 3 {@code JacksonModule} bean, which Boot 4 registers),
 *       and the library's {@link InputBounds} on the application's own mapper (a bean post-processor on Jackson 2
 *       mappers; on Jackson 3, the bounded factory under Boot's customizers) — never a replacement mapper;
 *   <li><b>the sales pipeline</b>: a {@link Workflow} bean {@code salesOpsPipeline}, the shipped seven-stage
 *       pipeline whose QUALIFICATION exit is judged by the {@link QualificationPolicy} bean (built from
 *       {@code sales-ops.qualification.*}, or the host's own policy bean);
 *   <li><b>web</b>: {@link SalesOpsProblemDetails}, HTTP 400 problem details for the library's input errors.
 * </ul>
 *
 * <p>Each piece backs off when the host defines its own bean of the same kind. Every condition on a type that only
 * one Boot or Jackson line has is by class name.
 */
@AutoConfiguration(beforeName = {
    "org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration",
    "org.springframework.boot.autoconfigure.jackson.JacksonAutoConfiguration"})
@EnableConfigurationProperties(SalesOpsProperties.class)
public class SalesOpsAutoConfiguration {

  /** The host's BANT policy, from {@code sales-ops.qualification.*}. */
  @Bean
  @ConditionalOnMissingBean
  public QualificationPolicy salesOpsQualificationPolicy(SalesOpsProperties properties) {
    return properties.getQualification().toPolicy();
  }

  /** The shipped sales pipeline with the host's policy in its QUALIFICATION exit (immutable, shared). */
  @Bean
  @ConditionalOnMissingBean(name = "salesOpsPipeline")
  public Workflow salesOpsPipeline(QualificationPolicy policy) {
    return SalesPipelines.withQualification(policy);
  }

  /** Jackson 2: the module and the bounds. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(name = {"com.fasterxml.jackson.databind.ObjectMapper", "dev.salesops.jackson2.SalesOpsJackson2Module"})
  static class Jackson2Configuration {
    /** The library's JSON module (sales-ops-jackson2); Boot 3 registers every {@code Module} bean with its mapper. */
    @Bean
    @ConditionalOnMissingBean(dev.salesops.jackson2.SalesOpsJackson2Module.class)
    dev.salesops.jackson2.SalesOpsJackson2Module salesOpsJackson2Module() {
      return new dev.salesops.jackson2.SalesOpsJackson2Module();
    }

    /** The {@link InputBounds} on every JSON mapper bean. */
    @Bean
    @ConditionalOnProperty(name = "sales-ops.json.input-bounds", havingValue = "true", matchIfMissing = true)
    static Jackson2Support.BoundsPostProcessor salesOpsJackson2Bounds() {
      return new Jackson2Support.BoundsPostProcessor();
    }
  }

  /** Jackson 3: the module. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(name = {"tools.jackson.databind.JacksonModule", "dev.salesops.jackson3.SalesOpsJackson3Module"})
  static class Jackson3ModuleConfiguration {
    /** The library's JSON module (sales-ops-jackson3); Boot 4 registers every {@code JacksonModule} bean. */
    @Bean
    @ConditionalOnMissingBean(dev.salesops.jackson3.SalesOpsJackson3Module.class)
    dev.salesops.jackson3.SalesOpsJackson3Module salesOpsJackson3Module() {
      return new dev.salesops.jackson3.SalesOpsJackson3Module();
    }
  }

  /** Jackson 3 under Boot 4: the bounds on the application's mapper. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(name = {"tools.jackson.databind.json.JsonMapper",
      "org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer"})
  @ConditionalOnProperty(name = "sales-ops.json.input-bounds", havingValue = "true", matchIfMissing = true)
  static class Jackson3Configuration {
    /** Boot's builder on a bounded factory; Boot's {@code jsonMapperBuilder} backs off. */
    @Bean
    @Scope("prototype")
    @ConditionalOnMissingBean
    tools.jackson.databind.json.JsonMapper.Builder salesOpsJsonMapperBuilder(
        List<org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer> customizers) {
      return Jackson3Support.boundedBuilder(customizers);
    }

    /** Duplicate keys refused, no input excerpts in parser messages. */
    @Bean
    org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer salesOpsJsonMapperFeatures() {
      return Jackson3Support.features();
    }
  }

  /** Servlet web applications: HTTP 400 problem details for the library's input errors. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
  @ConditionalOnClass(name = "org.springframework.http.ProblemDetail")
  @ConditionalOnProperty(name = "sales-ops.web.problem-details", havingValue = "true", matchIfMissing = true)
  static class WebConfiguration {
    @Bean
    @ConditionalOnMissingBean
    SalesOpsProblemDetails salesOpsProblemDetails() {
      return new SalesOpsProblemDetails();
    }
  }
}
